import { useQuery } from '@tanstack/react-query';
import { answer, bookingApi } from '../api/api-client.js';
import { queryKeys } from '../api/query-keys.js';
import { liaisonKinds, type LiaisonExpert } from './case-booking.util.js';

/** The case's consultations as the booking service shows them to the reader (topic and what was said only with their class). */
export const useCaseConsultations = (caseId: string) =>
  useQuery({
    queryKey: queryKeys.caseBookings(caseId),
    queryFn: () => answer(bookingApi.GET('/cases/{caseId}/bookings', { params: { path: { caseId } } })),
  });

/** The psychiatry liaison nurses and clinicians: the pool a liaison consultation is booked from. */
export const useLiaisonExperts = () =>
  useQuery({
    queryKey: queryKeys.experts('liaison'),
    queryFn: async (): Promise<LiaisonExpert[]> => {
      const pools = await Promise.all(
        liaisonKinds.map((kind) => answer(bookingApi.GET('/experts', { params: { query: { kind } } }))),
      );
      return pools.flat();
    },
  });

/** One expert's free times for a liaison consultation between two Helsinki days. */
export const useExpertFreeTimes = (expertId: string | null, from: string, to: string) =>
  useQuery({
    queryKey: queryKeys.expertFreeSlots('psychiatry-liaison', expertId ?? '', from, to),
    queryFn: () =>
      answer(
        bookingApi.GET('/slots', {
          params: { query: { consultationType: 'psychiatry-liaison', from, to, limit: 500, expertId: expertId! } },
        }),
      ),
    enabled: expertId !== null,
  });
