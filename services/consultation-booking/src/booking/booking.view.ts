import type { ConsultationOutcome, ConsultationType, ExpertKind, InformationClass, NamingGround } from '@yhdessa/contracts';
import { helsinkiIso } from '../booking-record/helsinki-time.util.js';
import type { BookingStatus } from './booking.domain.js';

/** The class of what a named consultation is about, by its type: who on the case may read the topic. */
export const topicClass: Record<ConsultationType, InformationClass> = {
  'school-child-protection': 'school',
  'psychiatry-liaison': 'health',
  'systemic-team': 'child-protection',
};

export interface BookingView {
  bookingId: string;
  consultationType: ConsultationType;
  status: BookingStatus;
  startsAt: string;
  endsAt: string;
  /** While held: when the hold lapses. */
  holdExpiresAt: string | null;
  /** The case of a named consultation; null for an anonymous one. */
  caseId: string | null;
  anonymous: { ageBand: string; school: string; concernCategory: string; description: string } | null;
  /** What a named consultation is about; null where the reader may not see its class. */
  topic: string | null;
  experts: Array<{ expertId: string; userId: string; displayName: string; kind: ExpertKind; agency: string }>;
  booker: { userId: string; displayName: string; agency: string };
  /** The outcome's kind for every reader; its summary, on a named consultation, only with the topic. */
  outcome: { outcome: ConsultationOutcome; summary: string | null; concludedAt: string } | null;
  /** Booked anonymously and later made one about the case's child: on what ground, when. */
  named: { ground: NamingGround; namedAt: string } | null;
}

export interface BookingRow {
  booking_id: string;
  consultation_type: ConsultationType;
  status: BookingStatus;
  starts_at: Date;
  ends_at: Date;
  hold_expires_at: Date | null;
  case_id: string | null;
  age_band: string | null;
  school: string | null;
  concern_category: string | null;
  description: string | null;
  booker_user_id: string;
  booker_name: string;
  booker_agency: string;
  outcome: ConsultationOutcome | null;
  outcome_summary: string | null;
  concluded_at: Date | null;
  named_ground: NamingGround | null;
  named_at: Date | null;
  experts: BookingView['experts'];
}

export function toBookingView(row: BookingRow, showTopic = true): BookingView {
  const anonymous = row.case_id === null;
  return {
    bookingId: row.booking_id,
    consultationType: row.consultation_type,
    status: row.status,
    startsAt: helsinkiIso(row.starts_at),
    endsAt: helsinkiIso(row.ends_at),
    holdExpiresAt: row.hold_expires_at ? row.hold_expires_at.toISOString() : null,
    caseId: row.case_id,
    anonymous:
      anonymous && row.age_band
        ? { ageBand: row.age_band, school: row.school!, concernCategory: row.concern_category!, description: row.description! }
        : null,
    topic: !anonymous && showTopic ? row.description : null,
    experts: row.experts,
    booker: { userId: row.booker_user_id, displayName: row.booker_name, agency: row.booker_agency },
    // What the expert said is of the topic's class (health for psychiatry liaison): hidden with it.
    outcome: row.outcome
      ? {
          outcome: row.outcome,
          summary: anonymous || showTopic ? row.outcome_summary : null,
          concludedAt: row.concluded_at!.toISOString(),
        }
      : null,
    named: row.named_ground ? { ground: row.named_ground, namedAt: row.named_at!.toISOString() } : null,
  };
}
