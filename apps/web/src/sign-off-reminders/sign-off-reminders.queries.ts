import { useQuery } from '@tanstack/react-query';
import { answer, planApi } from '../api/api-client.js';
import { queryKeys } from '../api/query-keys.js';

/**
 * The signed-in user's reminders to sign a client plan whose sign-off round is ending: its own query,
 * so nothing else on the home waits for it. Every read is audited, so none is refetched on focus.
 */
export const useMySignOffReminders = () =>
  useQuery({
    queryKey: queryKeys.mySignOffReminders,
    queryFn: () => answer(planApi.GET('/sign-off-reminders/mine')),
    refetchOnWindowFocus: false,
  });
