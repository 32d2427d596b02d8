import type { ConsultationOutcome } from '@yhdessa/contracts';
import type { ConsultationTypeRule } from '../settings/consultation-type-rules.provider.js';
import type { ExpertCalendar } from '../booking-record/expert-calendar.js';
import { assignParticipants, blockedBy, endOf, expertRefusal, timingRefusal } from '../slot/slot.domain.js';
import { identifyingDetails } from './anonymity.domain.js';
import { BookingError, BookingErrorCode } from './booking.error.js';

const refusals = {
  slot_in_past: [BookingErrorCode.SlotInPast, 'The time has passed.'],
  inside_lead_time: [BookingErrorCode.InsideLeadTime, 'The time is too soon to book.'],
  beyond_horizon: [BookingErrorCode.BeyondHorizon, 'The time is too far ahead to book.'],
  outside_availability: [BookingErrorCode.OutsideAvailability, 'An expert is not available then.'],
  daily_maximum_reached: [BookingErrorCode.DailyMaximumReached, 'An expert has the most consultations they take that day.'],
  slot_taken: [BookingErrorCode.SlotTaken, 'The time was taken.'],
} as const;

const refuse = (refusal: keyof typeof refusals): never => {
  const [code, message] = refusals[refusal];
  throw new BookingError(code, message);
};

export interface SlotDecision {
  startsAt: Date;
  endsAt: Date;
  blocked: { start: Date; end: Date };
}

/**
 * Whether the experts can take a consultation of the type starting then: exactly one fitting expert
 * per participant, the time neither past, inside the lead time nor beyond the horizon, and every
 * expert available, under their daily maximum and free (holds and buffers counted). Otherwise the
 * refusal's code; the database's constraint stays the last word on overlaps.
 */
export function decideSlot(input: {
  rule: ConsultationTypeRule;
  experts: readonly ExpertCalendar[];
  start: Date;
  now: Date;
}): SlotDecision {
  const { rule, experts, start, now } = input;
  if (!assignParticipants(rule, experts)) {
    throw new BookingError(
      BookingErrorCode.ExpertsDoNotMatchType,
      'Give one expert of a fitting kind for each participant the type needs.',
    );
  }
  const timing = timingRefusal(rule, start, now);
  if (timing) refuse(timing);
  const byExpert = experts.map((expert) => expertRefusal(expert, rule, start)).filter((refusal) => refusal !== null);
  for (const refusal of ['outside_availability', 'daily_maximum_reached', 'slot_taken'] as const) {
    if (byExpert.includes(refusal)) refuse(refusal);
  }
  return { startsAt: start, endsAt: endOf(rule, start), blocked: blockedBy(rule, start) };
}

/** Refuses free text of an anonymous consultation that looks like it names the child (the school's name may look like a name). */
export function refuseIdentifyingText(fields: Record<string, string | undefined>): void {
  const found = Object.entries(fields).flatMap(([field, text]) =>
    text === undefined ? [] : identifyingDetails(text, field === 'school' ? ['full-name'] : []).map((kind) => ({ field, kind })),
  );
  if (found.length > 0) {
    throw new BookingError(BookingErrorCode.IdentifyingDetailRefused, 'An anonymous consultation may not name the child.', {
      found,
    });
  }
}

export interface ExpertDisclosure {
  agency: string;
  onCareTeam: boolean;
  /** Classes the family's consents in force open to the expert's agency on the case. */
  consentedClasses: readonly string[];
}

/**
 * A named consultation tells each expert's agency about the child: allowed for an agency of the
 * booker's own, an expert already on the care team, an agency the family has consented to, or, for
 * child protection's own booking, the legal basis it names.
 */
export function decideDisclosure(input: {
  bookerAgency: string;
  experts: readonly ExpertDisclosure[];
  legalBasis: string | undefined;
}): void {
  const allowed = input.experts.every(
    (expert) =>
      expert.agency === input.bookerAgency ||
      expert.onCareTeam ||
      expert.consentedClasses.length > 0 ||
      (input.legalBasis !== undefined && input.bookerAgency === 'child-protection'),
  );
  if (!allowed) {
    throw new BookingError(
      BookingErrorCode.ConsentOrLegalBasisRequired,
      "The family has not consented to sharing with an expert's agency, and no legal basis was given.",
    );
  }
}

export type BookingStatus = 'held' | 'confirmed' | 'cancelled' | 'no-show' | 'concluded' | 'expired' | 'released';
export type ChangeAction = 'cancel' | 'reschedule' | 'no-show' | 'conclude';

/**
 * Who changes a booking and whether they may: the booker or an attending expert may cancel or
 * reschedule a confirmed one before it starts; only an attending expert marks a no-show or records
 * the outcome, once it has started.
 */
export function decideChange(input: {
  action: ChangeAction;
  status: BookingStatus;
  startsAt: Date;
  now: Date;
  callerIsBooker: boolean;
  callerIsExpert: boolean;
}): 'booker' | 'expert' {
  const { action, status, startsAt, now, callerIsBooker, callerIsExpert } = input;
  const afterStart = now.getTime() >= startsAt.getTime();
  if ((action === 'no-show' || action === 'conclude') && !callerIsExpert) {
    throw new BookingError(BookingErrorCode.NotAttendingExpert, 'Only an expert attending the consultation may do this.');
  }
  if (status !== 'confirmed') throw new BookingError(BookingErrorCode.NotChangeable, 'The booking can no longer be changed.');
  if ((action === 'cancel' || action === 'reschedule') && afterStart) {
    throw new BookingError(BookingErrorCode.NotChangeable, 'The consultation has already started.');
  }
  if ((action === 'no-show' || action === 'conclude') && !afterStart) {
    throw new BookingError(BookingErrorCode.NotYetHeld, 'The consultation has not started yet.');
  }
  return callerIsExpert && !callerIsBooker ? 'expert' : 'booker';
}

/** A notification or referral says what it is about; advice needs no words. */
export function decideOutcome(outcome: ConsultationOutcome, summary: string | undefined, anonymous: boolean): void {
  if (outcome !== 'advice' && summary === undefined) {
    throw new BookingError(BookingErrorCode.OutcomeSummaryRequired, 'Say what the notification or referral is about.');
  }
  if (anonymous) refuseIdentifyingText({ summary });
}

/**
 * Whether the booker's hold may be let go: only its booker's, and only while it still holds the time.
 * Letting go of one already let go is done already (a second try, or the page's own on leaving); a
 * lapsed hold or one already confirmed as a booking is not a hold to let go. Anyone else's is unknown.
 */
export function decideRelease(input: {
  status: BookingStatus;
  holdExpiresAt: Date | null;
  now: Date;
  callerIsBooker: boolean;
}): 'release' | 'already-released' {
  const { status, holdExpiresAt, now, callerIsBooker } = input;
  if (!callerIsBooker) throw new BookingError(BookingErrorCode.HoldNotFound, 'No such hold of yours.');
  if (status === 'released') return 'already-released';
  if (status === 'expired' || (status === 'held' && holdExpiresAt!.getTime() <= now.getTime())) {
    throw new BookingError(BookingErrorCode.HoldExpired, 'The hold has already lapsed.');
  }
  if (status !== 'held') throw new BookingError(BookingErrorCode.HoldAlreadyBooked, 'The hold is already a booking.');
  return 'release';
}
