import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, planApi } from '../api/api-client.js';
import { queryKeys } from '../api/query-keys.js';
import type { ActionUpdate } from './my-actions.util.js';

/** The signed-in professional's plan actions across their cases; its own query, so nothing else waits for it. */
export const useMyActions = () =>
  useQuery({
    queryKey: queryKeys.myActions,
    queryFn: () => answer(planApi.GET('/plan-actions/mine')),
    refetchOnWindowFocus: false,
    retry: false,
  });

/** The responsible agency moves an action: its status and a note; the list and the case's plan are read again. */
export const useUpdateAction = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ caseId, actionId, body }: { caseId: string; actionId: string; body: ActionUpdate }) =>
      answer(planApi.POST('/cases/{caseId}/plan/actions/{actionId}/updates', { params: { path: { caseId, actionId } }, body })),
    onSuccess: (_, { caseId }) => {
      void client.invalidateQueries({ queryKey: queryKeys.myActions });
      void client.invalidateQueries({ queryKey: queryKeys.case(caseId) });
    },
  });
};
