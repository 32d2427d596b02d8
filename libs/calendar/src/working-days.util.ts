import Holidays from 'date-holidays';
import { z } from 'zod';
import { addCalendarDays, fromDayNumber, isCalendarDate, toDayNumber, weekday } from './calendar-day.util.js';

/**
 * Finnish working days on calendar dates ('YYYY-MM-DD', days in Finland; no time zones here).
 *
 * A working day is Monday to Friday, not a Finnish public holiday and not one of the calendar's
 * extra closed days. Public holidays come from `date-holidays` (FI), type 'public' only: its 'bank'
 * type also holds New Year's Eve, an ordinary working day for public offices. The eves on which
 * offices close and a time limit moves to the next working day (Act 150/1930, 5 §) are the default
 * extra closed days: Christmas Eve and Midsummer Eve.
 */

/** A named eve, a day every year ('MM-DD') or one date ('YYYY-MM-DD'). */
export type ExtraClosedDay = 'christmas-eve' | 'midsummer-eve' | `${number}-${number}` | `${number}-${number}-${number}`;

export function isExtraClosedDay(value: string): value is ExtraClosedDay {
  if (value === 'christmas-eve' || value === 'midsummer-eve') return true;
  return isCalendarDate(/^\d{2}-\d{2}$/.test(value) ? `2000-${value}` : value); // 2000: a leap year, so 02-29 is a day
}

export const extraClosedDaySchema = z.custom<ExtraClosedDay>(
  (value) => typeof value === 'string' && isExtraClosedDay(value),
  'expected christmas-eve, midsummer-eve, MM-DD or YYYY-MM-DD',
);

export interface WorkingDayCalendar {
  readonly extraClosedDays: readonly ExtraClosedDay[];
}

export const finnishWorkingDayCalendar: WorkingDayCalendar = { extraClosedDays: ['christmas-eve', 'midsummer-eve'] };

const finnishHolidays = new Holidays('FI');
const publicHolidaysByYear = new Map<number, ReadonlySet<string>>();

function publicHolidays(year: number): ReadonlySet<string> {
  let days = publicHolidaysByYear.get(year);
  if (!days) {
    days = new Set(
      finnishHolidays
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public')
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    publicHolidaysByYear.set(year, days);
  }
  return days;
}

/** Midsummer Eve: the Friday from 19 to 25 June. */
function midsummerEve(year: number): string {
  const june19 = `${year}-06-19`;
  return addCalendarDays(june19, (5 - weekday(june19) + 7) % 7);
}

function resolve(closedDay: ExtraClosedDay, year: number): string {
  if (closedDay === 'christmas-eve') return `${year}-12-24`;
  if (closedDay === 'midsummer-eve') return midsummerEve(year);
  return closedDay.length === 5 ? `${year}-${closedDay}` : closedDay;
}

export function isWorkingDay(date: string, calendar: WorkingDayCalendar = finnishWorkingDayCalendar): boolean {
  const day = weekday(date);
  if (day === 0 || day === 6) return false;
  const year = Number(date.slice(0, 4));
  if (publicHolidays(year).has(date)) return false;
  return !calendar.extraClosedDays.some((closedDay) => resolve(closedDay, year) === date);
}

export function nextWorkingDayOnOrAfter(date: string, calendar: WorkingDayCalendar = finnishWorkingDayCalendar): string {
  let day = date;
  while (!isWorkingDay(day, calendar)) day = addCalendarDays(day, 1);
  return day;
}

/** The n-th working day after `date`; `date` itself is not counted. n = 0 gives `date`. */
export function addWorkingDays(date: string, n: number, calendar: WorkingDayCalendar = finnishWorkingDayCalendar): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number from 0: ${n}`);
  let day = toDayNumber(date);
  for (let counted = 0; counted < n;) {
    day += 1;
    if (isWorkingDay(fromDayNumber(day), calendar)) counted += 1;
  }
  return fromDayNumber(day);
}

/**
 * Working days after `a` up to and including `b`, so that `workingDaysBetween(a, addWorkingDays(a, n)) === n`.
 * Negative when `b` is before `a`: `workingDaysBetween(b, a) === -workingDaysBetween(a, b)`.
 */
export function workingDaysBetween(a: string, b: string, calendar: WorkingDayCalendar = finnishWorkingDayCalendar): number {
  const from = toDayNumber(a);
  const to = toDayNumber(b);
  if (to < from) return -workingDaysBetween(b, a, calendar);
  let count = 0;
  for (let day = from + 1; day <= to; day += 1) if (isWorkingDay(fromDayNumber(day), calendar)) count += 1;
  return count;
}
