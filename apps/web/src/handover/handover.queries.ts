import { useQuery } from '@tanstack/react-query';
import { answer, caseApi } from '../api/api-client.js';
import { queryKeys } from '../api/query-keys.js';

/** The case as the reader may see it (the case page's own query, so either fills the other's cache); 404 for a service manager. */
export const useCaseForHandover = (caseId: string) =>
  useQuery({
    queryKey: queryKeys.caseDetail(caseId),
    queryFn: () => answer(caseApi.GET('/cases/{caseId}', { params: { path: { caseId } } })),
  });

/** A worker's open cases against the statutory limit: counts only, asked once a new responsible worker is chosen. */
export const useWorkerCaseload = (userId: string | null) =>
  useQuery({
    queryKey: queryKeys.workerCaseload(userId ?? ''),
    queryFn: () => answer(caseApi.GET('/caseload/workers/{userId}', { params: { path: { userId: userId ?? '' } } })),
    enabled: userId !== null,
  });
