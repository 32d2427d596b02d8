import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, assessmentApi } from '../api/api-client.js';
import { ApiProblem, toApiProblem, transportCodes } from '../api/api-problem.js';
import type { components } from '../api/assessment.openapi.js';
import { queryKeys } from '../api/query-keys.js';

type Answers = components['schemas']['AssessmentAnswers'];
export type Contribution = components['schemas']['AssessmentContribution'];

/** One's own view in an assessment, under the assessment's key so a live notice about the case refreshes it. */
export const myContributionKey = (caseId: string, assessmentId: string) =>
  [...queryKeys.assessment(caseId, assessmentId), 'mine'] as const;

/** The assessment: its frame (domains, the child's questions), its lead, and the reader's own invitation. */
export const useAssessment = (caseId: string, assessmentId: string) =>
  useQuery({
    queryKey: queryKeys.assessment(caseId, assessmentId),
    queryFn: () =>
      answer(assessmentApi.GET('/cases/{caseId}/assessments/{assessmentId}', { params: { path: { caseId, assessmentId } } })),
    refetchOnWindowFocus: false,
    retry: false,
  });

/** The reader's own view, draft or sent; every read is audited, so not refetched on focus. */
export const useMyContribution = (caseId: string, assessmentId: string, enabled = true) =>
  useQuery({
    queryKey: myContributionKey(caseId, assessmentId),
    queryFn: () =>
      answer(
        assessmentApi.GET('/cases/{caseId}/assessments/{assessmentId}/contributions/mine', {
          params: { path: { caseId, assessmentId } },
        }),
      ),
    enabled,
    refetchOnWindowFocus: false,
    retry: false,
  });

/** Saves the draft against the version last seen, then (when asked) sends it; the answer is the view as it now stands. */
export const useSaveChildView = (caseId: string, assessmentId: string) => {
  const client = useQueryClient();
  const path = { params: { path: { caseId, assessmentId } } };
  return useMutation({
    mutationFn: async ({ expectedVersion, answers, send }: { expectedVersion: number; answers: Answers; send: boolean }) => {
      const saved = await answer(
        assessmentApi.PUT('/cases/{caseId}/assessments/{assessmentId}/contributions/mine', {
          ...path,
          body: { expectedVersion, answers },
        }),
      );
      if (!send) return saved;
      return answer(
        assessmentApi.POST('/cases/{caseId}/assessments/{assessmentId}/contributions/mine/submit', {
          ...path,
          body: { expectedVersion: saved.version },
        }),
      );
    },
    onSuccess: (view) => client.setQueryData(myContributionKey(caseId, assessmentId), view),
    onError: () => void client.invalidateQueries({ queryKey: myContributionKey(caseId, assessmentId) }),
  });
};

/**
 * A version conflict when recording the child's view: the child saved a draft of their own meanwhile.
 * The worker is told and may send again over that draft, knowingly.
 */
export class ChildDraftExists extends Error {
  constructor(readonly currentVersion: number) {
    super('contribution_version_conflict');
  }
}

/** The worker records the child's view with the child: sent at once, marked by whom and how it was found out. */
export const useRecordChildView = (caseId: string, assessmentId: string, invitationId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: { expectedVersion: number; answers: Answers; howFoundOut: string }) => {
      let result;
      try {
        result = await assessmentApi.POST('/cases/{caseId}/assessments/{assessmentId}/invitations/{invitationId}/recorded-view', {
          params: { path: { caseId, assessmentId, invitationId } },
          body,
        });
      } catch {
        throw new ApiProblem(0, transportCodes.networkError);
      }
      if (result.response.ok) return result.data!;
      const problem = result.error as { code?: string; currentVersion?: unknown } | undefined;
      if (problem?.code === 'contribution_version_conflict' && typeof problem.currentVersion === 'number') {
        throw new ChildDraftExists(problem.currentVersion);
      }
      throw toApiProblem(result.response.status, result.error);
    },
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.assessment(caseId, assessmentId) }),
  });
};
