import { useQuery } from '@tanstack/react-query';
import { answer, gatewayApi } from '../api/api-client.js';
import { queryKeys } from '../api/query-keys.js';
import type { PersonRole } from './person.types.js';

/** The people whose name begins with `typed` (each word), once something of at least two characters is searched for. */
export const usePeopleSearch = (typed: string | null, role?: PersonRole) =>
  useQuery({
    queryKey: queryKeys.people(typed ?? '', role),
    queryFn: () => answer(gatewayApi.GET('/api/people', { params: { query: { q: typed ?? '', ...(role ? { role } : {}) } } })),
    enabled: typed !== null,
    staleTime: 60_000,
  });
