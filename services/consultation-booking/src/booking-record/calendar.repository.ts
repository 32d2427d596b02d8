import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { localParts } from '../booking-record/helsinki-time.util.js';
import type { ExpertCalendar } from './expert-calendar.js';
import type { ExpertRecord } from './expert.record.js';

/** The SQL of a booking row that keeps its time from others: confirmed, or held and not yet expired. */
export const blockingBookingSql = (alias: string, now: string) =>
  `(${alias}.status = 'confirmed' OR (${alias}.status = 'held' AND ${alias}.hold_expires_at > ${now}))`;

/**
 * Experts' calendars as the slot rules read them: availability, and what confirmed bookings and live
 * holds block between two instants (a booking excluded, for one being moved).
 */
@Injectable()
export class CalendarRepository {
  async calendars(
    manager: EntityManager,
    experts: readonly ExpertRecord[],
    range: { from: Date; to: Date; now: Date; except?: string },
  ): Promise<ExpertCalendar[]> {
    const ids = experts.map((expert) => expert.expertId);
    const [windows, exceptions, blocked]: [
      Array<{ expert_id: string; weekday: number; starts: string; ends: string }>,
      Array<{ expert_id: string; on_date: string; starts: string; ends: string; kind: 'leave' | 'extra' }>,
      Array<{ expert_id: string; lower_ms: number; upper_ms: number; starts_ms: number }>,
    ] = await Promise.all([
      manager.query(
        `SELECT expert_id, weekday, to_char(starts, 'HH24:MI') AS starts, to_char(ends, 'HH24:MI') AS ends
         FROM availability_window WHERE expert_id = ANY($1::uuid[])`,
        [ids],
      ),
      manager.query(
        `SELECT expert_id, to_char(on_date, 'YYYY-MM-DD') AS on_date, to_char(starts, 'HH24:MI') AS starts,
                to_char(ends, 'HH24:MI') AS ends, kind
         FROM availability_exception WHERE expert_id = ANY($1::uuid[]) AND on_date BETWEEN ($2::timestamptz - interval '1 day')::date AND ($3::timestamptz + interval '1 day')::date`,
        [ids, range.from, range.to],
      ),
      manager.query(
        // Epoch milliseconds as float8: read by parseFloat, not by the driver's date parsing (the slot search reads thousands).
        `SELECT p.expert_id, (extract(epoch FROM lower(p.blocked)) * 1000)::float8 AS lower_ms,
                (extract(epoch FROM upper(p.blocked)) * 1000)::float8 AS upper_ms, (extract(epoch FROM b.starts_at) * 1000)::float8 AS starts_ms
         FROM booking_participant p JOIN booking b ON b.booking_id = p.booking_id
         WHERE p.expert_id = ANY($1::uuid[]) AND p.blocking AND ${blockingBookingSql('b', '$4')}
           AND p.blocked && tstzrange($2::timestamptz - interval '1 day', $3::timestamptz + interval '1 day')
           AND b.booking_id <> $5::uuid
         ORDER BY p.expert_id, lower(p.blocked)`,
        [ids, range.from, range.to, range.now, range.except ?? '00000000-0000-0000-0000-000000000000'],
      ),
    ]);
    const windowsOf = byExpert(windows);
    const exceptionsOf = byExpert(exceptions);
    const blockedOf = byExpert(blocked);
    return experts.map((expert) => {
      const own = blockedOf.get(expert.expertId) ?? [];
      const perDay = new Map<string, number>();
      for (const row of own) {
        const day = localParts(new Date(row.starts_ms)).date;
        perDay.set(day, (perDay.get(day) ?? 0) + 1);
      }
      return {
        expertId: expert.expertId,
        kind: expert.kind,
        windows: windowsOf.get(expert.expertId) ?? [],
        exceptions: (exceptionsOf.get(expert.expertId) ?? []).map((row) => ({
          onDate: row.on_date,
          starts: row.starts,
          ends: row.ends,
          kind: row.kind,
        })),
        blocked: own.map((row) => ({ start: new Date(row.lower_ms), end: new Date(row.upper_ms) })),
        bookingsPerDay: perDay,
      };
    });
  }
}

/** Rows grouped by their expert, each group in the rows' order: one pass instead of one filter per expert. */
function byExpert<Row extends { expert_id: string }>(rows: readonly Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(row.expert_id);
    if (group) group.push(row);
    else groups.set(row.expert_id, [row]);
  }
  return groups;
}
