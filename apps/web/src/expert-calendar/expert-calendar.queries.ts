import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { answer, bookingApi } from '../api/api-client.js';
import { isNotFound } from '../api/api-problem.js';
import { queryKeys } from '../api/query-keys.js';
import { addDays } from './week.util.js';

/** The signed-in user's expert record; 404 `expert_not_found` for someone who is not an expert, asked once. */
export const useMyExpert = () =>
  useQuery({
    queryKey: queryKeys.myExpert,
    queryFn: () => answer(bookingApi.GET('/experts/me')),
    retry: (count, error) => !isNotFound(error) && count < 2,
  });

/** The expert's bookings and live holds in the week from `monday` (Helsinki days); the last week stays shown while the next loads. */
export const useExpertWeek = (expertId: string | undefined, monday: string) =>
  useQuery({
    queryKey: queryKeys.expertCalendar(expertId ?? '', monday),
    queryFn: () =>
      answer(
        bookingApi.GET('/experts/{expertId}/calendar', {
          params: { path: { expertId: expertId! }, query: { from: monday, to: addDays(monday, 6) } },
        }),
      ),
    enabled: expertId !== undefined,
    placeholderData: keepPreviousData,
  });

/** The expert's weekly windows and dated exceptions. */
export const useAvailability = (expertId: string | undefined) =>
  useQuery({
    queryKey: queryKeys.expertAvailability(expertId ?? ''),
    queryFn: () => answer(bookingApi.GET('/experts/{expertId}/availability', { params: { path: { expertId: expertId! } } })),
    enabled: expertId !== undefined,
  });

/** The signed-in user's reminders of consultations coming up; asked again every minute, as the next one may come due. */
export const useMyReminders = () =>
  useQuery({
    queryKey: queryKeys.myReminders,
    queryFn: () => answer(bookingApi.GET('/reminders/mine')),
    refetchInterval: 60_000,
  });
