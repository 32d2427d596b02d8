import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, caseApi } from '../api/api-client.js';
import { queryKeys } from '../api/query-keys.js';
import type { OpenFromIntakeCommand } from './intake.util.js';

/** Notifications and referrals from consultations, waiting for a case. */
export const useIntake = (enabled: boolean) =>
  useQuery({ queryKey: queryKeys.intake, queryFn: () => answer(caseApi.GET('/intake')), enabled });

/** Opens the child's case from an item in one step: the notification prefilled and the clocks from the day it was received. */
export function useOpenFromIntake(itemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (command: OpenFromIntakeCommand) =>
      answer(caseApi.POST('/intake/{itemId}/open-case', { params: { path: { itemId } }, body: command })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.intake });
      void queryClient.invalidateQueries({ queryKey: queryKeys.mine });
    },
  });
}
