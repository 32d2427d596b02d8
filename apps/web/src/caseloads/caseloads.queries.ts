import { useQuery } from '@tanstack/react-query';
import { answer, caseApi } from '../api/api-client.js';
import { queryKeys } from '../api/query-keys.js';

/** Today's caseloads and overdue deadlines of every worker and team: counts only, asked only for the service manager. */
export const useCaseloadOverview = (enabled: boolean) =>
  useQuery({ queryKey: queryKeys.caseloadOverview, queryFn: () => answer(caseApi.GET('/caseload/overview')), enabled });
