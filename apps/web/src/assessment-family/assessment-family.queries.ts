import { useQuery } from '@tanstack/react-query';
import { answer, assessmentApi } from '../api/api-client.js';
import { queryKeys } from '../api/query-keys.js';

/** The completed synthesis in plain language, under the assessment's key so a live notice about the case refreshes it. */
export const familyCopyKey = (caseId: string, assessmentId: string) =>
  [...queryKeys.assessment(caseId, assessmentId), 'family-copy'] as const;

export const useFamilyCopy = (caseId: string, assessmentId: string) =>
  useQuery({
    queryKey: familyCopyKey(caseId, assessmentId),
    queryFn: () =>
      answer(
        assessmentApi.GET('/cases/{caseId}/assessments/{assessmentId}/family-copy', {
          params: { path: { caseId, assessmentId } },
        }),
      ),
    refetchOnWindowFocus: false,
    retry: false,
  });

/**
 * The case's assessments as the family sees them. Not retried: when the assessment service is away,
 * the family's case page shows without this part instead of waiting for it.
 */
export const useCaseAssessments = (caseId: string) =>
  useQuery({
    queryKey: queryKeys.caseAssessments(caseId),
    queryFn: () => answer(assessmentApi.GET('/cases/{caseId}/assessments', { params: { path: { caseId } } })),
    refetchOnWindowFocus: false,
    retry: false,
  });
