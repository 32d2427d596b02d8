import { helsinkiWallClock } from '../time/finnish-format.util.js';

/** A week of the expert's calendar, Monday to Sunday on Helsinki's calendar, as ISO dates (`2026-11-30`). */
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (value: number) => String(value).padStart(2, '0');

const toUtcDate = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
};
const fromUtcDate = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/** A real calendar date written `YYYY-MM-DD`? */
export function isIsoDate(text: string | null | undefined): text is string {
  if (!text || !isoDate.test(text)) return false;
  return fromUtcDate(toUtcDate(text)) === text;
}

export function addDays(iso: string, days: number): string {
  const date = toUtcDate(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtcDate(date);
}

/** 1 = Monday … 7 = Sunday. */
export function weekdayOf(iso: string): number {
  return ((toUtcDate(iso).getUTCDay() + 6) % 7) + 1;
}

/** The Monday of the week the date is in. */
export const mondayOf = (iso: string): string => addDays(iso, 1 - weekdayOf(iso));

/** The week's seven dates from its Monday. */
export const weekDays = (monday: string): string[] => Array.from({ length: 7 }, (_, index) => addDays(monday, index));

/** The ISO 8601 week number (weeks start on Monday; week 1 holds the year's first Thursday), as Finnish calendars show it. */
export function isoWeekNumber(iso: string): number {
  const thursday = toUtcDate(addDays(iso, 4 - weekdayOf(iso)));
  const firstOfYear = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - firstOfYear) / 86_400_000 / 7) + 1;
}

/** The date on Helsinki's calendar at an instant. */
export function helsinkiDate(instant: Date | string): string {
  const { year, month, day } = helsinkiWallClock(new Date(instant));
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The week a page shows: the `week` of its address when that is a date, otherwise this week in Helsinki. */
export function weekToShow(requested: string | null, now: Date): string {
  return mondayOf(isIsoDate(requested) ? requested : helsinkiDate(now));
}

/** Items by the Helsinki date they start on, for each day of the week (in the items' order). */
export function byDay<Item>(
  days: readonly string[],
  items: readonly Item[],
  dateOf: (item: Item) => string,
): Map<string, Item[]> {
  const grouped = new Map<string, Item[]>(days.map((day) => [day, []]));
  for (const item of items) grouped.get(dateOf(item))?.push(item);
  return grouped;
}
