import type { ConsultationTypeRule } from '../settings/consultation-type-rules.provider.js';
import type { ExpertCalendar } from '../booking-record/expert-calendar.js';
import { finnishDate } from '@yhdessa/platform';
import { addCalendarDays } from '@yhdessa/calendar';
import { localToInstant, localToInstantNormalised, minutesOf, weekdayOf } from '../booking-record/helsinki-time.util.js';

export type TimingRefusal = 'slot_in_past' | 'inside_lead_time' | 'beyond_horizon';
export type ExpertRefusal = 'outside_availability' | 'daily_maximum_reached' | 'slot_taken';

export interface Slot {
  startsAt: Date;
  endsAt: Date;
  /** One free expert for each participant the type needs, in the type's order. */
  expertIds: string[];
}

type Interval = readonly [number, number];

export const endOf = (rule: ConsultationTypeRule, start: Date): Date => new Date(start.getTime() + rule.durationMinutes * 60_000);

/** The time a booking keeps from others: the consultation and its buffers. */
export function blockedBy(rule: ConsultationTypeRule, start: Date): { start: Date; end: Date } {
  return {
    start: new Date(start.getTime() - rule.bufferBeforeMinutes * 60_000),
    end: new Date(start.getTime() + (rule.durationMinutes + rule.bufferAfterMinutes) * 60_000),
  };
}

/** Whether a start is too early (past, inside the lead time) or too far (beyond the horizon, in Finnish days). */
export function timingRefusal(rule: ConsultationTypeRule, start: Date, now: Date): TimingRefusal | null {
  if (start.getTime() <= now.getTime()) return 'slot_in_past';
  if (start.getTime() < now.getTime() + rule.minLeadMinutes * 60_000) return 'inside_lead_time';
  if (finnishDate(start) > addCalendarDays(finnishDate(now), rule.horizonDays)) return 'beyond_horizon';
  return null;
}

/** The expert's available time on a local day: weekly windows and extra hours, less leave. */
export function availableOn(expert: ExpertCalendar, date: string): Interval[] {
  const interval = (starts: string, ends: string): Interval => [
    localToInstantNormalised(date, minutesOf(starts)).getTime(),
    localToInstantNormalised(date, minutesOf(ends)).getTime(),
  ];
  const weekday = weekdayOf(date);
  const dayExceptions = expert.exceptions.filter((exception) => exception.onDate === date);
  const open = [
    ...expert.windows.filter((window) => window.weekday === weekday).map((window) => interval(window.starts, window.ends)),
    ...dayExceptions
      .filter((exception) => exception.kind === 'extra')
      .map((exception) => interval(exception.starts, exception.ends)),
  ];
  const leave = dayExceptions
    .filter((exception) => exception.kind === 'leave')
    .map((exception) => interval(exception.starts, exception.ends));
  return subtract(merge(open), leave);
}

function merge(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function subtract(intervals: Interval[], holes: Interval[]): Interval[] {
  return holes.reduce<Interval[]>(
    (left, [holeStart, holeEnd]) =>
      left.flatMap(([start, end]): Interval[] => {
        if (holeEnd <= start || holeStart >= end) return [[start, end]];
        return [
          ...(holeStart > start ? [[start, holeStart] as Interval] : []),
          ...(holeEnd < end ? [[holeEnd, end] as Interval] : []),
        ];
      }),
    intervals,
  );
}

/** Whether anything the expert has blocked overlaps [start, end): the rows are ordered and never overlap. */
function overlapsBlocked(blocked: ExpertCalendar['blocked'], start: number, end: number): boolean {
  let low = 0;
  let high = blocked.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (blocked[middle]!.end.getTime() <= start) low = middle + 1;
    else high = middle;
  }
  return low < blocked.length && blocked[low]!.start.getTime() < end;
}

/**
 * Why this expert cannot take a consultation of the type starting then, or null when they can: the
 * consultation inside their availability, their daily maximum not reached, and its time with buffers
 * clear of every confirmed booking and live hold.
 */
export function expertRefusal(
  expert: ExpertCalendar,
  rule: ConsultationTypeRule,
  start: Date,
  day: string = finnishDate(start),
  available: Interval[] = availableOn(expert, day),
): ExpertRefusal | null {
  return refusalAt(expert, rule, start.getTime(), day, available);
}

/** `expertRefusal` on epoch milliseconds: the slot search asks it for every expert at every step. */
function refusalAt(
  expert: ExpertCalendar,
  rule: ConsultationTypeRule,
  start: number,
  day: string,
  available: readonly Interval[],
): ExpertRefusal | null {
  const end = start + rule.durationMinutes * 60_000;
  if (!available.some(([from, until]) => from <= start && end <= until)) return 'outside_availability';
  if ((expert.bookingsPerDay.get(day) ?? 0) >= rule.dailyMaxPerExpert) return 'daily_maximum_reached';
  const blockedStart = start - rule.bufferBeforeMinutes * 60_000;
  const blockedEnd = start + (rule.durationMinutes + rule.bufferAfterMinutes) * 60_000;
  if (overlapsBlocked(expert.blocked, blockedStart, blockedEnd)) return 'slot_taken';
  return null;
}

/**
 * Which of the type's participants each expert attends as, in the type's order, or null when the
 * experts are not exactly one of a fitting kind for each participant.
 */
export function assignParticipants(
  rule: ConsultationTypeRule,
  experts: ReadonlyArray<Pick<ExpertCalendar, 'expertId' | 'kind'>>,
): string[] | null {
  if (experts.length !== rule.participants.length || new Set(experts.map((expert) => expert.expertId)).size !== experts.length)
    return null;
  const assign = (index: number, used: ReadonlySet<string>): string[] | null => {
    if (index === rule.participants.length) return [];
    for (const expert of experts) {
      if (used.has(expert.expertId) || !rule.participants[index]!.includes(expert.kind)) continue;
      const rest = assign(index + 1, new Set([...used, expert.expertId]));
      if (rest) return [expert.expertId, ...rest];
    }
    return null;
  };
  return assign(0, new Set());
}

export interface SlotSearch {
  rule: ConsultationTypeRule;
  /** Every expert of the pools the type draws from. */
  experts: readonly ExpertCalendar[];
  /** Local days, inclusive. */
  from: string;
  to: string;
  now: Date;
  stepMinutes: number;
  limit: number;
}

/**
 * The times, on the local grid, when one free expert can be found for every participant the type
 * needs (for a collective type, all of them at once), earliest first. Of several free experts the
 * one with the fewest consultations that day is offered. A day's times are `slotsOfDay`'s (which a
 * caller keeping calendars may give from what it kept), less those too early for now.
 */
export function freeSlots(
  search: SlotSearch,
  daySlots: (date: string) => readonly Slot[] = (date) => slotsOfDay(search.rule, search.experts, date, search.stepMinutes),
): Slot[] {
  const { rule, now, limit } = search;
  const today = finnishDate(now);
  const first = search.from > today ? search.from : today;
  const lastAllowed = addCalendarDays(today, rule.horizonDays);
  const last = search.to < lastAllowed ? search.to : lastAllowed;
  const earliestStart = Math.max(now.getTime() + rule.minLeadMinutes * 60_000, now.getTime() + 1);
  const slots: Slot[] = [];
  for (let date = first; date <= last && slots.length < limit; date = addCalendarDays(date, 1)) {
    for (const slot of daySlots(date)) {
      if (slots.length >= limit) break;
      if (slot.startsAt.getTime() >= earliestStart) slots.push(slot);
    }
  }
  return slots;
}

/**
 * Every time of a local day, on the local grid, when one free expert can be found for every
 * participant the type needs, earliest first, whatever the time now: the lead time and the horizon
 * are `freeSlots`'s. Of several free experts the least booked that day is offered (then by id).
 */
export function slotsOfDay(
  rule: ConsultationTypeRule,
  experts: readonly ExpertCalendar[],
  date: string,
  stepMinutes: number,
): Slot[] {
  const available = new Map(experts.map((expert) => [expert.expertId, availableOn(expert, date)]));
  let earliest = Infinity;
  let latest = -Infinity;
  for (const intervals of available.values()) {
    for (const [start, end] of intervals) {
      earliest = Math.min(earliest, start);
      latest = Math.max(latest, end);
    }
  }
  if (earliest === Infinity) return [];
  // Of several free experts, the least booked that day first (then by id): the order is the day's.
  const ordered = rule.participants.map((kinds) =>
    experts
      .filter((expert) => kinds.includes(expert.kind))
      .sort(
        (a, b) => (a.bookingsPerDay.get(date) ?? 0) - (b.bookingsPerDay.get(date) ?? 0) || a.expertId.localeCompare(b.expertId),
      ),
  );
  const slots: Slot[] = [];
  for (let minute = 0; minute < 24 * 60; minute += stepMinutes) {
    const start = localToInstant(date, minute);
    if (!start || start.getTime() < earliest || start.getTime() >= latest) continue;
    const chosen: string[] = [];
    for (const pool of ordered) {
      const free = pool.find(
        (expert) =>
          !chosen.includes(expert.expertId) &&
          refusalAt(expert, rule, start.getTime(), date, available.get(expert.expertId)!) === null,
      );
      if (!free) break;
      chosen.push(free.expertId);
    }
    if (chosen.length === ordered.length) slots.push({ startsAt: start, endsAt: endOf(rule, start), expertIds: chosen });
  }
  return slots;
}

/**
 * The experts a search draws from when one expert is asked for: that expert in place of every other of
 * the pools they can fill; the type's other pools as they are. An expert outside the type's pools: none.
 */
export function withChosenExpert<Expert extends Pick<ExpertCalendar, 'expertId' | 'kind'>>(
  rule: ConsultationTypeRule,
  experts: readonly Expert[],
  expertId: string,
): Expert[] {
  const chosen = experts.find((expert) => expert.expertId === expertId);
  if (!chosen) return [];
  const theirPools = rule.participants.filter((kinds) => kinds.includes(chosen.kind));
  return experts.filter((expert) => expert.expertId === expertId || !theirPools.some((kinds) => kinds.includes(expert.kind)));
}
