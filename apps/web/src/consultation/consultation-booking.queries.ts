import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, bookingApi } from '../api/api-client.js';
import { queryKeys } from '../api/query-keys.js';
import { answerBooking } from './booking-problem.util.js';
import type { BookAnonymousCommand, ConsultationType, HoldCommand } from './booking.form.util.js';
import type { NamingGround } from './naming.util.js';
import type { RecordOutcomeCommand } from './outcome.form.util.js';

/** Free times of a type over local days in Helsinki; for a collective type, only when every pool has an expert free at once. */
export const useFreeSlots = (consultationType: ConsultationType, from: string, to: string) =>
  useQuery({
    queryKey: queryKeys.freeSlots(consultationType, from, to),
    queryFn: () => answer(bookingApi.GET('/slots', { params: { query: { consultationType, from, to, limit: 500 } } })),
    // Showing later weeks keeps the times already listed on screen while the longer list loads.
    placeholderData: keepPreviousData,
  });

/** The reader's own consultations: those they booked and those they attend as an expert. */
export const useMyBookings = () =>
  useQuery({ queryKey: queryKeys.myBookings, queryFn: () => answer(bookingApi.GET('/bookings/mine')) });

export const useBooking = (bookingId: string) =>
  useQuery({
    queryKey: queryKeys.myBooking(bookingId),
    queryFn: () => answer(bookingApi.GET('/bookings/{bookingId}', { params: { path: { bookingId } } })),
  });

/** Holds the chosen time while the form is filled in; a lost race is a `BookingProblem` with the next free times. */
export const useHoldSlot = () =>
  useMutation({ mutationFn: (command: HoldCommand) => answerBooking(bookingApi.POST('/holds', { body: command })) });

export function useBookAnonymous() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (command: BookAnonymousCommand) => answerBooking(bookingApi.POST('/bookings', { body: command })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.mine }),
  });
}

export function useRecordOutcome(bookingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (command: RecordOutcomeCommand) =>
      answerBooking(bookingApi.POST('/bookings/{bookingId}/outcome', { params: { path: { bookingId } }, body: command })),
    onSuccess: (booking) => {
      queryClient.setQueryData(queryKeys.myBooking(bookingId), booking);
      void queryClient.invalidateQueries({ queryKey: queryKeys.mine });
    },
  });
}

/** Links the anonymous consultation to the child's case on a ground the service checks; the step is recorded as one. */
export function useNameConsultation(bookingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ caseId, ground }: { caseId: string; ground: NamingGround }) =>
      answer(
        bookingApi.POST('/cases/{caseId}/bookings/from-anonymous', {
          params: { path: { caseId } },
          body: { bookingId, ground },
        }),
      ),
    onSuccess: (booking, { caseId }) => {
      queryClient.setQueryData(queryKeys.myBooking(bookingId), booking);
      void queryClient.invalidateQueries({ queryKey: queryKeys.mine });
      void queryClient.invalidateQueries({ queryKey: queryKeys.caseBookings(caseId) });
    },
  });
}
