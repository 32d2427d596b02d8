import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, assessmentApi } from '../api/api-client.js';
import type { components } from '../api/assessment.openapi.js';
import { queryKeys } from '../api/query-keys.js';
import type { SynthesisBody } from './synthesis-form.util.js';

type Matrix = components['schemas']['AssessmentMatrix'];

/** The matrix of views (and, for the lead, the synthesis draft), under the assessment's key so live notices refresh it. */
export const matrixKey = (caseId: string, assessmentId: string) =>
  [...queryKeys.assessment(caseId, assessmentId), 'matrix'] as const;

/** Every read is audited with the classes it served, so the matrix is not refetched on focus. */
export const useMatrix = (caseId: string, assessmentId: string) =>
  useQuery({
    queryKey: matrixKey(caseId, assessmentId),
    queryFn: () =>
      answer(
        assessmentApi.GET('/cases/{caseId}/assessments/{assessmentId}/matrix', { params: { path: { caseId, assessmentId } } }),
      ),
    refetchOnWindowFocus: false,
    retry: false,
  });

/**
 * Saves the synthesis against the version the editor started from. A 409 means someone saved in the
 * meantime: the matrix is read again, so the current version shows and the next save builds on it.
 */
export const useSaveSynthesis = (caseId: string, assessmentId: string) => {
  const client = useQueryClient();
  const path = { params: { path: { caseId, assessmentId } } };
  return useMutation({
    mutationFn: ({ expectedVersion, synthesis }: { expectedVersion: number; synthesis: SynthesisBody }) =>
      answer(
        assessmentApi.PUT('/cases/{caseId}/assessments/{assessmentId}/synthesis', {
          ...path,
          body: { expectedVersion, synthesis },
        }),
      ),
    onSuccess: (saved) =>
      client.setQueryData<Matrix>(matrixKey(caseId, assessmentId), (matrix) =>
        matrix ? { ...matrix, synthesis: saved } : matrix,
      ),
    onError: () => void client.invalidateQueries({ queryKey: matrixKey(caseId, assessmentId) }),
  });
};

/** Saves the synthesis as it is in the editor, then completes the assessment on exactly that version. */
export const useCompleteAssessment = (caseId: string, assessmentId: string) => {
  const client = useQueryClient();
  const path = { params: { path: { caseId, assessmentId } } };
  return useMutation({
    mutationFn: async ({ expectedVersion, synthesis }: { expectedVersion: number; synthesis: SynthesisBody }) => {
      const saved = await answer(
        assessmentApi.PUT('/cases/{caseId}/assessments/{assessmentId}/synthesis', {
          ...path,
          body: { expectedVersion, synthesis },
        }),
      );
      client.setQueryData<Matrix>(matrixKey(caseId, assessmentId), (matrix) =>
        matrix ? { ...matrix, synthesis: saved } : matrix,
      );
      return answer(
        assessmentApi.POST('/cases/{caseId}/assessments/{assessmentId}/complete', {
          ...path,
          body: { expectedVersion: saved.version },
        }),
      );
    },
    onSettled: () => void client.invalidateQueries({ queryKey: queryKeys.assessment(caseId, assessmentId) }),
  });
};
