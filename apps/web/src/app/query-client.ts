import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiProblem, isSignedOut } from '../api/api-problem.js';
import { queryKeys } from '../api/query-keys.js';

/**
 * Server state for the whole app. A refusal (4xx) is an answer, not a hiccup, so it is not retried;
 * a failure (5xx, no connection) is, twice. Any query answered 401 means the session ended: asking
 * `/api/me` again then shows the sign-in page.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError(error, query) {
        if (isSignedOut(error) && query.queryKey[0] !== queryKeys.me[0])
          void client.invalidateQueries({ queryKey: queryKeys.me });
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failures, error) => failures < 2 && (!isApiProblem(error) || error.status === 0 || error.status >= 500),
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
