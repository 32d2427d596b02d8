import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { answer, caseApi } from '../api/api-client.js';
import { queryKeys } from '../api/query-keys.js';

/** One case's reads, each as the service redacts it for the reader; a live notice about the case refreshes them all. */
const path = (caseId: string) => ({ params: { path: { caseId } } });

const caseReads = {
  detail: (caseId: string) =>
    queryOptions({ queryKey: queryKeys.caseDetail(caseId), queryFn: () => answer(caseApi.GET('/cases/{caseId}', path(caseId))) }),
  careTeam: (caseId: string) =>
    queryOptions({
      queryKey: queryKeys.caseCareTeam(caseId),
      queryFn: () => answer(caseApi.GET('/cases/{caseId}/care-team', path(caseId))),
    }),
  consents: (caseId: string) =>
    queryOptions({
      queryKey: queryKeys.caseConsents(caseId),
      queryFn: () => answer(caseApi.GET('/cases/{caseId}/consents', path(caseId))),
    }),
  deadlines: (caseId: string) =>
    queryOptions({
      queryKey: queryKeys.caseDeadlines(caseId),
      queryFn: () => answer(caseApi.GET('/cases/{caseId}/deadlines', path(caseId))),
    }),
  timeline: (caseId: string) =>
    queryOptions({
      queryKey: queryKeys.caseTimeline(caseId),
      queryFn: () => answer(caseApi.GET('/cases/{caseId}/timeline', path(caseId))),
    }),
};

export const useCase = (caseId: string) => useQuery(caseReads.detail(caseId));
export const useCareTeam = (caseId: string) => useQuery(caseReads.careTeam(caseId));
export const useConsents = (caseId: string) => useQuery(caseReads.consents(caseId));
export const useCaseDeadlines = (caseId: string) => useQuery(caseReads.deadlines(caseId));
export const useTimeline = (caseId: string) => useQuery(caseReads.timeline(caseId));

/**
 * The case page's sections' reads, started together with the case's own: the sections show only once
 * the case has arrived, and their reads would otherwise start only then, a second round trip after
 * the first (the case page's 1-second budget, `npm run bench:case-page`). Only where the page shows
 * every section (`enabled`): each read is audited as the reader's.
 */
export function useCasePageReads(caseId: string, enabled: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled) return;
    void queryClient.prefetchQuery(caseReads.careTeam(caseId));
    void queryClient.prefetchQuery(caseReads.consents(caseId));
    void queryClient.prefetchQuery(caseReads.deadlines(caseId));
    void queryClient.prefetchQuery(caseReads.timeline(caseId));
  }, [queryClient, caseId, enabled]);
}
