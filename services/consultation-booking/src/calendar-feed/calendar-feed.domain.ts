import { createHash, randomBytes } from 'node:crypto';
import type { ConsultationType } from '@yhdessa/contracts';

/** A feed token: 32 random bytes, base64url (43 characters); the feed's address is `/calendar/<token>.ics`. */
export const feedFileName = /^([A-Za-z0-9_-]{43})\.ics$/;

export const newFeedToken = (): string => randomBytes(32).toString('base64url');

/** What the database keeps of a token: its SHA-256, never the token itself. */
export const feedTokenHash = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

/** The token of a requested file name (`<token>.ics`), or null for anything else. */
export const tokenOfFileName = (fileName: string): string | null => feedFileName.exec(fileName)?.[1] ?? null;

/** A booking as the feed sees it: the type, the time and the state, nothing the booker wrote. */
export interface FeedBooking {
  bookingId: string;
  consultationType: ConsultationType;
  status: 'confirmed' | 'cancelled' | 'no-show' | 'concluded';
  startsAt: Date;
  endsAt: Date;
}

export interface FeedEvent {
  uid: string;
  summary: string;
  start: Date;
  end: Date;
  cancelled: boolean;
}

/** Neutral summaries: the consultation's type only, the same whether the booking is anonymous or names a case. */
const summaries: Record<ConsultationType, string> = {
  'school-child-protection': 'Konsultaatio: koulu ja lastensuojelu',
  'psychiatry-liaison': 'Konsultaatio: psykiatrian konsultaatio',
  'systemic-team': 'Konsultaatio: systeeminen tiimi',
};

/**
 * The feed's events: one per booking, its summary the type alone (the feed leaves the organisation's
 * systems, so no child, case, school, concern or description goes in), cancelled ones marked so.
 */
export const feedEvents = (bookings: readonly FeedBooking[], domain: string): FeedEvent[] =>
  bookings.map((booking) => ({
    uid: `${booking.bookingId}@${domain}`,
    summary: summaries[booking.consultationType],
    start: booking.startsAt,
    end: booking.endsAt,
    cancelled: booking.status === 'cancelled',
  }));
