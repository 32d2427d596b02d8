import { useInfiniteQuery } from '@tanstack/react-query';
import { answer, caseApi } from '../api/api-client.js';
import { queryKeys } from '../api/query-keys.js';

/** Entries per page of the access report. */
export const accessReportPageSize = 50;

/** Who has read the case's information, newest first, a page at a time: each next page starts before the last entry shown. */
export const useAccessReport = (caseId: string) =>
  useInfiniteQuery({
    queryKey: queryKeys.caseAccessReport(caseId),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      answer(
        caseApi.GET('/cases/{caseId}/access-report', {
          params: { path: { caseId }, query: { limit: accessReportPageSize, ...(pageParam ? { before: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (page) => page.nextBefore ?? undefined,
  });
