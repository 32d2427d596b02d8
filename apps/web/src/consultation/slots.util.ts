import type { components } from '../api/consultation-booking.openapi.js';
import { helsinkiWallClock } from '../time/finnish-format.util.js';

export type Slot = components['schemas']['Slot'];

/** One local day of free times, as the booking flow lists them: the day in Helsinki and its times in order. */
export interface SlotDay {
  /** The day in Helsinki, `2026-12-23`. */
  day: string;
  /** Monday 1 … Sunday 7, for the weekday's name in the reader's language. */
  weekday: number;
  slots: Slot[];
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The calendar day in Helsinki of an instant, `2026-12-23`, whatever the browser's time zone. */
export function helsinkiDay(instant: string | Date): string {
  const { year, month, day } = helsinkiWallClock(new Date(instant));
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Monday 1 … Sunday 7 of a day (`2026-12-23` → 3). */
export function weekdayOf(isoDay: string): number {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  const sundayZero = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return sundayZero === 0 ? 7 : sundayZero;
}

/**
 * Free times grouped by the day they start on in Helsinki (not the browser's zone, nor UTC: a 00:30
 * start in Finland is the previous day in UTC), days and times in order.
 */
export function groupSlotsByDay(slots: readonly Slot[]): SlotDay[] {
  const sorted = [...slots].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const days: SlotDay[] = [];
  for (const slot of sorted) {
    const day = helsinkiDay(slot.startsAt);
    const last = days.at(-1);
    if (last?.day === day) last.slots.push(slot);
    else days.push({ day, weekday: weekdayOf(day), slots: [slot] });
  }
  return days;
}

/** The local days the flow searches: from today in Helsinki for `days` days (the service allows at most 8 weeks). */
export function slotSearchRange(now: Date, days = 28): { from: string; to: string } {
  const from = helsinkiDay(now);
  const [year, month, day] = from.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(year, month - 1, day + days - 1));
  return { from, to: `${last.getUTCFullYear()}-${pad(last.getUTCMonth() + 1)}-${pad(last.getUTCDate())}` };
}

/** Whole minutes a hold still has (at least 1 while it lasts, 0 once it lapsed). */
export function minutesLeft(expiresAt: string, now: Date): number {
  const left = Date.parse(expiresAt) - now.getTime();
  return left <= 0 ? 0 : Math.ceil(left / 60_000);
}

/** The same time offered by the same experts: how a chosen slot is found again among the offered ones. */
export const slotKey = (slot: Pick<Slot, 'startsAt' | 'experts'>): string =>
  `${Date.parse(slot.startsAt)}|${slot.experts
    .map((expert) => expert.expertId)
    .sort()
    .join(',')}`;
