import { Injectable } from '@nestjs/common';
import type { ExpertKind } from '@yhdessa/contracts';
import type { EntityManager } from 'typeorm';
import type { ExpertSnapshot } from './calendar-snapshot.js';
import { toExpertRecord, type ExpertRow } from './expert.record.js';
import { byExpert } from './rows-by-expert.util.js';

interface SnapshotRows {
  experts: ExpertRow[];
  windows: Array<{ expert_id: string; weekday: number; starts: string; ends: string }>;
  exceptions: Array<{ expert_id: string; on_date: string; starts: string; ends: string; kind: 'leave' | 'extra' }>;
  /** Epoch milliseconds, each expert's in order of their start. */
  blocked: Array<{ expert_id: string; lower_ms: number; upper_ms: number; starts_ms: number; expires_ms: number | null }>;
}

/**
 * The experts of some kinds with their windows, exceptions and what confirmed bookings and holds
 * (live or lapsed: the reader decides at its own instant) block between two instants, and the
 * calendar version they are of: one statement, so one snapshot. $1 kinds, $2–$3 the instants.
 */
const snapshotSql = `
  WITH e AS (
    SELECT expert_id, user_id, display_name, agency, kind FROM expert WHERE kind = ANY($1::text[])
  ), w AS (
    SELECT expert_id, weekday, to_char(starts, 'HH24:MI') AS starts, to_char(ends, 'HH24:MI') AS ends
    FROM availability_window WHERE expert_id IN (SELECT expert_id FROM e)
  ), x AS (
    SELECT expert_id, to_char(on_date, 'YYYY-MM-DD') AS on_date, to_char(starts, 'HH24:MI') AS starts,
           to_char(ends, 'HH24:MI') AS ends, kind
    FROM availability_exception
    WHERE expert_id IN (SELECT expert_id FROM e)
      AND on_date BETWEEN ($2::timestamptz - interval '1 day')::date AND ($3::timestamptz + interval '1 day')::date
  ), k AS (
    SELECT p.expert_id, (extract(epoch FROM lower(p.blocked)) * 1000)::float8 AS lower_ms,
           (extract(epoch FROM upper(p.blocked)) * 1000)::float8 AS upper_ms,
           (extract(epoch FROM b.starts_at) * 1000)::float8 AS starts_ms,
           CASE WHEN b.status = 'held' THEN (extract(epoch FROM b.hold_expires_at) * 1000)::float8 END AS expires_ms
    FROM booking_participant p JOIN booking b ON b.booking_id = p.booking_id
    WHERE p.expert_id IN (SELECT expert_id FROM e) AND p.blocking AND b.status IN ('confirmed', 'held')
      AND p.blocked && tstzrange($2::timestamptz - interval '1 day', $3::timestamptz + interval '1 day')
  )
  SELECT (SELECT version::text FROM calendar_version) AS version,
         json_build_object(
           'experts', (SELECT coalesce(json_agg(e ORDER BY e.display_name, e.expert_id), '[]') FROM e),
           'windows', (SELECT coalesce(json_agg(w), '[]') FROM w),
           'exceptions', (SELECT coalesce(json_agg(x), '[]') FROM x),
           'blocked', (SELECT coalesce(json_agg(k ORDER BY k.expert_id, k.lower_ms), '[]') FROM k)
         )::text AS rows`;

/**
 * The experts' calendars read whole for a run of days, with the version of the calendars they were
 * read at (see the calendar_version migration), and that version alone: a reader that keeps calendars
 * reads them again only when the version has moved.
 */
@Injectable()
export class CalendarSnapshotRepository {
  async version(manager: EntityManager): Promise<string> {
    const [row]: Array<{ version: string }> = await manager.query('SELECT version::text AS version FROM calendar_version');
    return row!.version;
  }

  async snapshot(
    manager: EntityManager,
    kinds: readonly ExpertKind[],
    range: { from: Date; to: Date },
  ): Promise<{ version: string; experts: ExpertSnapshot[] }> {
    const [answer]: Array<{ version: string; rows: string }> = await manager.query(snapshotSql, [kinds, range.from, range.to]);
    const rows = JSON.parse(answer!.rows) as SnapshotRows;
    const windowsOf = byExpert(rows.windows);
    const exceptionsOf = byExpert(rows.exceptions);
    const blockedOf = byExpert(rows.blocked);
    const experts = rows.experts.map((row): ExpertSnapshot => ({
      expert: toExpertRecord(row),
      windows: (windowsOf.get(row.expert_id) ?? []).map(({ weekday, starts, ends }) => ({ weekday, starts, ends })),
      exceptions: (exceptionsOf.get(row.expert_id) ?? []).map((x) => ({
        onDate: x.on_date,
        starts: x.starts,
        ends: x.ends,
        kind: x.kind,
      })),
      blocked: (blockedOf.get(row.expert_id) ?? []).map((k) => ({
        start: k.lower_ms,
        end: k.upper_ms,
        startsAt: k.starts_ms,
        holdExpiresAt: k.expires_ms,
      })),
    }));
    return { version: answer!.version, experts };
  }
}
