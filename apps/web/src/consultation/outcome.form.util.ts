import type { components, paths } from '../api/consultation-booking.openapi.js';

export type Booking = components['schemas']['Booking'];
export type RecordOutcomeCommand = paths['/bookings/{bookingId}/outcome']['post']['requestBody']['content']['application/json'];
export type ConsultationOutcome = RecordOutcomeCommand['outcome'];

export const consultationOutcomes: readonly ConsultationOutcome[] = ['advice', 'notification', 'referral'];

export interface OutcomeForm {
  outcome: ConsultationOutcome | '';
  summary: string;
}

export const outcomeFields = ['outcome', 'summary'] as const;
export type OutcomeField = (typeof outcomeFields)[number];
export type OutcomeErrors = Partial<Record<OutcomeField, string>>;

export const summaryMax = 2000;

/**
 * The outcome to send, or what to correct. A notification or a referral says what it is about (the
 * service requires it: it is what child protection's intake receives); advice needs no words.
 */
export function toOutcomeCommand(form: OutcomeForm): { command: RecordOutcomeCommand } | { errors: OutcomeErrors } {
  const summary = form.summary.trim();
  const errors: OutcomeErrors = {};
  if (form.outcome === '') errors.outcome = 'consultationBooking.required';
  else if (form.outcome !== 'advice' && summary === '') errors.summary = 'consultationBooking.summaryRequired';
  if (summary.length > summaryMax) errors.summary = 'consultationBooking.tooLong';
  if (Object.keys(errors).length > 0) return { errors };
  const outcome = form.outcome as ConsultationOutcome;
  return { command: summary === '' ? { outcome } : { outcome, summary } };
}

/**
 * Whether the reader records the outcome now, as the service decides it: only an expert attending the
 * consultation, once it has started, while it is confirmed (the booker may not: the service answers 403
 * `not_attending_expert`). The screen asks only to offer the form; the service has the last word.
 */
export function outcomeTurn(
  booking: Pick<Booking, 'status' | 'startsAt' | 'experts'>,
  userId: string,
  now: Date,
): 'record' | 'not-yet' | 'not-expert' | 'closed' {
  if (booking.status !== 'confirmed') return 'closed';
  if (!booking.experts.some((expert) => expert.userId === userId)) return 'not-expert';
  return now.getTime() >= Date.parse(booking.startsAt) ? 'record' : 'not-yet';
}

/** A booking still to come (or on now): confirmed or held, not yet ended. */
export const isUpcoming = (booking: Pick<Booking, 'status' | 'endsAt'>, now: Date): boolean =>
  (booking.status === 'confirmed' || booking.status === 'held') && Date.parse(booking.endsAt) > now.getTime();

/** The reader's own consultations as "My consultations" lists them: upcoming first by time, then those awaiting the reader's outcome, then the rest newest first. */
export function sortMine(
  bookings: readonly Booking[],
  userId: string,
  now: Date,
): { upcoming: Booking[]; awaitingOutcome: Booking[]; earlier: Booking[] } {
  const byStart = (a: Booking, b: Booking) => Date.parse(a.startsAt) - Date.parse(b.startsAt);
  const upcoming = bookings.filter((booking) => isUpcoming(booking, now)).sort(byStart);
  const awaitingOutcome = bookings
    .filter((booking) => !isUpcoming(booking, now) && outcomeTurn(booking, userId, now) === 'record')
    .sort(byStart);
  const earlier = bookings
    .filter(
      (booking) =>
        !upcoming.includes(booking) &&
        !awaitingOutcome.includes(booking) &&
        booking.status !== 'expired' &&
        booking.status !== 'held',
    )
    .sort((a, b) => byStart(b, a));
  return { upcoming, awaitingOutcome, earlier };
}
