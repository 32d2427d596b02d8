import type { PlanPoint } from './plan-diff.util.js';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, planApi } from '../api/api-client.js';
import { queryKeys } from '../api/query-keys.js';
import { planKey } from './plan.queries.js';
import type { SavePlanCommand } from './plan-editor.util.js';

/** One version with its revisions (who saved each, when): under the case, so a live notice refreshes it. */
export const planVersionKey = (caseId: string, version: number) =>
  [...queryKeys.case(caseId), 'plan', 'version', version] as const;

export const usePlanVersion = (caseId: string, version: number | null) =>
  useQuery({
    queryKey: planVersionKey(caseId, version ?? 0),
    queryFn: () =>
      answer(planApi.GET('/cases/{caseId}/plan/versions/{version}', { params: { path: { caseId, version: version! } } })),
    enabled: version !== null,
    refetchOnWindowFocus: false,
    retry: false,
  });

/** Saves the content on the revision it was made on; a newer one is refused (409), never overwritten. */
export const useSavePlan = (caseId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (command: SavePlanCommand) =>
      answer(planApi.PUT('/cases/{caseId}/plan/draft', { params: { path: { caseId } }, body: command })),
    onSuccess: (plan) => {
      client.setQueryData(planKey(caseId), plan);
      void client.invalidateQueries({ queryKey: [...queryKeys.case(caseId), 'plan', 'version'] });
    },
    // A refusal (a newer revision above all) is shown against the plan as it now is.
    onError: () => void client.invalidateQueries({ queryKey: planKey(caseId) }),
  });
};

export const usePlanDiff = (caseId: string, from: PlanPoint | null, to: PlanPoint | null) =>
  useQuery({
    queryKey: [...queryKeys.case(caseId), 'plan', 'diff', from, to] as const,
    queryFn: () =>
      answer(
        planApi.GET('/cases/{caseId}/plan/diff', {
          params: {
            path: { caseId },
            query: {
              fromVersion: from!.version,
              toVersion: to!.version,
              ...(from!.revision ? { fromRevision: from!.revision } : {}),
              ...(to!.revision ? { toRevision: to!.revision } : {}),
            },
          },
        }),
      ),
    enabled: from !== null && to !== null,
    refetchOnWindowFocus: false,
    retry: false,
  });
