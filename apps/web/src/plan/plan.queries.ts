import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, planApi } from '../api/api-client.js';
import { queryKeys } from '../api/query-keys.js';

/** The case's client plan: its version in force and its open one, as the service shows them to this reader. */
export const planKey = (caseId: string) => [...queryKeys.case(caseId), 'plan'] as const;

/** Every read is audited, so the plan is not refetched on focus; a live notice about the case refreshes it. */
export const usePlan = (caseId: string) =>
  useQuery({
    queryKey: planKey(caseId),
    queryFn: () => answer(planApi.GET('/cases/{caseId}/plan', { params: { path: { caseId } } })),
    refetchOnWindowFocus: false,
    retry: false,
  });

/** The responsible worker sends the draft to its parties. */
export const useSendForSigning = (caseId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      answer(
        planApi.POST('/cases/{caseId}/plan/versions/{version}/sign-off', {
          params: { path: { caseId, version } },
          body: { ordered: false },
        }),
      ),
    onSuccess: (plan) => client.setQueryData(planKey(caseId), plan),
  });
};

/** A party signs, comments or declines the version they read, binding its content hash. */
export const useAnswerPlan = (caseId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      version,
      ...body
    }: {
      version: number;
      answer: 'sign' | 'comment' | 'decline';
      contentHash: string;
      remark?: string;
    }) =>
      answer(planApi.POST('/cases/{caseId}/plan/versions/{version}/answers', { params: { path: { caseId, version } }, body })),
    onSuccess: (plan) => client.setQueryData(planKey(caseId), plan),
    onError: () => void client.invalidateQueries({ queryKey: planKey(caseId) }),
  });
};
