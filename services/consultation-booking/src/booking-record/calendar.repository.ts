import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { finnishDate } from '@yhdessa/platform';
import type { ExpertCalendar } from './expert-calendar.js';
import type { ExpertRecord } from './expert.record.js';
import { byExpert } from './rows-by-expert.util.js';

/** The SQL of a booking row that keeps its time from others: confirmed, or held and not yet expired. */
export const blockingBookingSql = (alias: string, now: string) =>
  `(${alias}.status = 'confirmed' OR (${alias}.status = 'held' AND ${alias}.hold_expires_at > ${now}))`;

interface CalendarRows {
  windows: Array<{ expert_id: string; weekday: number; starts: string; ends: string }>;
  exceptions: Array<{ expert_id: string; on_date: string; starts: string; ends: string; kind: 'leave' | 'extra' }>;
  /** Epoch milliseconds, each expert's in order of their start. */
  blocked: Array<{ expert_id: string; lower_ms: number; upper_ms: number; starts_ms: number }>;
}

/**
 * The experts' windows, exceptions and blocked times between two instants in one statement, so in one
 * snapshot, with the MD5 of them all: when it equals the one given ($6), the rows are left out, as the
 * caller has them already. $1 experts, $2–$3 the instants, $4 now, $5 a booking left out.
 */
const calendarSql = `
  WITH w AS (
    SELECT expert_id, weekday, to_char(starts, 'HH24:MI') AS starts, to_char(ends, 'HH24:MI') AS ends
    FROM availability_window WHERE expert_id = ANY($1::uuid[])
  ), x AS (
    SELECT expert_id, to_char(on_date, 'YYYY-MM-DD') AS on_date, to_char(starts, 'HH24:MI') AS starts,
           to_char(ends, 'HH24:MI') AS ends, kind
    FROM availability_exception
    WHERE expert_id = ANY($1::uuid[]) AND on_date BETWEEN ($2::timestamptz - interval '1 day')::date AND ($3::timestamptz + interval '1 day')::date
  ), k AS (
    SELECT p.expert_id, (extract(epoch FROM lower(p.blocked)) * 1000)::float8 AS lower_ms,
           (extract(epoch FROM upper(p.blocked)) * 1000)::float8 AS upper_ms, (extract(epoch FROM b.starts_at) * 1000)::float8 AS starts_ms
    FROM booking_participant p JOIN booking b ON b.booking_id = p.booking_id
    WHERE p.expert_id = ANY($1::uuid[]) AND p.blocking AND ${blockingBookingSql('b', '$4')}
      AND p.blocked && tstzrange($2::timestamptz - interval '1 day', $3::timestamptz + interval '1 day')
      AND b.booking_id <> $5::uuid
  ), f AS (
    SELECT md5(
      coalesce((SELECT string_agg(w::text, ',' ORDER BY w.expert_id, w.weekday, w.starts, w.ends) FROM w), '') || '#' ||
      coalesce((SELECT string_agg(x::text, ',' ORDER BY x.expert_id, x.on_date, x.starts, x.ends, x.kind) FROM x), '') || '#' ||
      coalesce((SELECT string_agg(k::text, ',' ORDER BY k.expert_id, k.lower_ms, k.upper_ms, k.starts_ms) FROM k), '')
    ) AS fingerprint
  )
  SELECT f.fingerprint,
         CASE WHEN f.fingerprint = $6 THEN NULL ELSE json_build_object(
           'windows', (SELECT coalesce(json_agg(w), '[]') FROM w),
           'exceptions', (SELECT coalesce(json_agg(x), '[]') FROM x),
           'blocked', (SELECT coalesce(json_agg(k ORDER BY k.expert_id, k.lower_ms), '[]') FROM k)
         ) END AS rows
  FROM f`;

/** How many experts' calendars over a run of days are kept, the least recently read let go first. */
const KEPT = 200;

/**
 * Experts' calendars as the slot rules read them: availability, and what confirmed bookings and live
 * holds block between two instants (a booking excluded, for one being moved). The last calendars read
 * for the same experts and instants are kept with the fingerprint of what they were read from: the
 * database sends the rows again only when its fingerprint, in the same snapshot as the rows, differs —
 * a booking, a hold taken or lapsed, a change of availability — so what is answered is always what the
 * database holds, whichever instance made the change.
 */
@Injectable()
export class CalendarRepository {
  private readonly kept = new Map<string, { fingerprint: string; calendars: ExpertCalendar[] }>();

  async calendars(
    manager: EntityManager,
    experts: readonly ExpertRecord[],
    range: { from: Date; to: Date; now: Date; except?: string },
  ): Promise<ExpertCalendar[]> {
    if (experts.length === 0) return [];
    const key = `${experts.map((expert) => `${expert.expertId}:${expert.kind}`).join(',')}|${range.from.getTime()}|${range.to.getTime()}|${range.except ?? ''}`;
    const known = this.kept.get(key);
    const [answer]: Array<{ fingerprint: string; rows: CalendarRows | null }> = await manager.query(calendarSql, [
      experts.map((expert) => expert.expertId),
      range.from,
      range.to,
      range.now,
      range.except ?? '00000000-0000-0000-0000-000000000000',
      known?.fingerprint ?? '',
    ]);
    this.kept.delete(key);
    const calendars = answer!.rows === null && known ? known.calendars : toCalendars(experts, answer!.rows!);
    if (this.kept.size >= KEPT) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(key, { fingerprint: answer!.fingerprint, calendars });
    return calendars;
  }
}

function toCalendars(experts: readonly ExpertRecord[], rows: CalendarRows): ExpertCalendar[] {
  const windowsOf = byExpert(rows.windows);
  const exceptionsOf = byExpert(rows.exceptions);
  const blockedOf = byExpert(rows.blocked);
  return experts.map((expert) => {
    const own = blockedOf.get(expert.expertId) ?? [];
    const perDay = new Map<string, number>();
    for (const row of own) {
      const day = finnishDate(new Date(row.starts_ms));
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    return {
      expertId: expert.expertId,
      kind: expert.kind,
      windows: (windowsOf.get(expert.expertId) ?? []).map((row) => ({
        weekday: row.weekday,
        starts: row.starts,
        ends: row.ends,
      })),
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
