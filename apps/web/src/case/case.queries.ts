import { useQuery } from '@tanstack/react-query';
import { answer, caseApi } from '../api/api-client.js';
import { queryKeys } from '../api/query-keys.js';

/** One case's reads, each as the service redacts it for the reader; a live notice about the case refreshes them all. */
const path = (caseId: string) => ({ params: { path: { caseId } } });

export const useCase = (caseId: string) =>
  useQuery({ queryKey: queryKeys.caseDetail(caseId), queryFn: () => answer(caseApi.GET('/cases/{caseId}', path(caseId))) });

export const useCareTeam = (caseId: string) =>
  useQuery({
    queryKey: queryKeys.caseCareTeam(caseId),
    queryFn: () => answer(caseApi.GET('/cases/{caseId}/care-team', path(caseId))),
  });

export const useConsents = (caseId: string) =>
  useQuery({
    queryKey: queryKeys.caseConsents(caseId),
    queryFn: () => answer(caseApi.GET('/cases/{caseId}/consents', path(caseId))),
  });

export const useCaseDeadlines = (caseId: string) =>
  useQuery({
    queryKey: queryKeys.caseDeadlines(caseId),
    queryFn: () => answer(caseApi.GET('/cases/{caseId}/deadlines', path(caseId))),
  });

export const useTimeline = (caseId: string) =>
  useQuery({
    queryKey: queryKeys.caseTimeline(caseId),
    queryFn: () => answer(caseApi.GET('/cases/{caseId}/timeline', path(caseId))),
  });
