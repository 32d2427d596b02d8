import { finnishDate } from '@yhdessa/platform';
import type { ExpertCalendar } from './expert-calendar.js';
import type { ExpertRecord } from './expert.record.js';

/** A blocked time as read, epoch milliseconds; a hold's lapse time, or null for a confirmed booking. */
export interface BlockedRow {
  start: number;
  end: number;
  startsAt: number;
  holdExpiresAt: number | null;
}

/** One expert's calendar as the database held it at one version, holds whether live or lapsed. */
export interface ExpertSnapshot {
  expert: ExpertRecord;
  windows: ExpertCalendar['windows'];
  exceptions: ExpertCalendar['exceptions'];
  /** In order of their start, never overlapping. */
  blocked: readonly BlockedRow[];
}

/** The experts' calendars at an instant, and the instants between which they stay so (no hold lapses). */
export interface CalendarsAt {
  calendars: ExpertCalendar[];
  /** Inclusive. */
  validFrom: number;
  /** Exclusive. */
  validUntil: number;
}

/**
 * The calendars the slot rules read at an instant: confirmed bookings, and holds that have not lapsed
 * by then (a hold blocks while its lapse time is after the instant). They stay the same from the
 * latest lapse at or before the instant until the first one after it.
 */
export function calendarsAt(experts: readonly ExpertSnapshot[], now: Date): CalendarsAt {
  const at = now.getTime();
  let validFrom = -Infinity;
  let validUntil = Infinity;
  const calendars = experts.map(({ expert, windows, exceptions, blocked }): ExpertCalendar => {
    const live: Array<{ start: Date; end: Date }> = [];
    const perDay = new Map<string, number>();
    for (const row of blocked) {
      if (row.holdExpiresAt !== null) {
        if (row.holdExpiresAt <= at) {
          validFrom = Math.max(validFrom, row.holdExpiresAt);
          continue;
        }
        validUntil = Math.min(validUntil, row.holdExpiresAt);
      }
      live.push({ start: new Date(row.start), end: new Date(row.end) });
      const day = finnishDate(new Date(row.startsAt));
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    return { expertId: expert.expertId, kind: expert.kind, windows, exceptions, blocked: live, bookingsPerDay: perDay };
  });
  return { calendars, validFrom, validUntil };
}
