import type { ExpertKind } from '@yhdessa/contracts';

/** What one expert's time looks like to the rules: their availability and what is already taken. */
export interface ExpertCalendar {
  expertId: string;
  kind: ExpertKind;
  /** Weekly windows in Helsinki wall-clock time (`HH:MM`), weekday 1 = Monday. */
  windows: ReadonlyArray<{ weekday: number; starts: string; ends: string }>;
  /** Dated exceptions: leave takes time away, extra hours add it. */
  exceptions: ReadonlyArray<{ onDate: string; starts: string; ends: string; kind: 'leave' | 'extra' }>;
  /** What confirmed bookings and live holds block, buffers included; never overlapping (the database sees to it). */
  blocked: ReadonlyArray<{ start: Date; end: Date }>;
  /** Confirmed bookings and live holds per local day (ISO date). */
  bookingsPerDay: ReadonlyMap<string, number>;
}
