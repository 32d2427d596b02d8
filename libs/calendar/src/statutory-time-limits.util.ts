import { toDayNumber } from './calendar-day.util.js';
import { finnishWorkingDayCalendar, nextWorkingDayOnOrAfter, type WorkingDayCalendar } from './working-days.util.js';

/**
 * The Act on the calculation of statutory time limits (laki säädettyjen määräaikain laskemisesta
 * 150/1930), the two rules every deadline and age here follows.
 */

/**
 * 4 §: a time limit in months (or years: 12 months each) ends on the day of the month with the same
 * number as the day it is counted from; where the month has no such day, on the month's last day
 * (31 January + 1 month = 28/29 February; 29 February + 12 months = 28 February in a common year).
 * `months` may be negative (counting back) or 0. A RangeError for what is not a calendar date.
 */
export function addMonths(date: string, months: number): string {
  toDayNumber(date);
  if (!Number.isInteger(months)) throw new RangeError(`months must be a whole number: ${months}`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12; // 0–11
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(targetYear, 4)}-${pad(targetMonth + 1)}-${pad(Math.min(day, lastDay))}`;
}

/**
 * 5 §: a time limit whose last day is a Saturday, Sunday, public holiday or a day offices are closed
 * (Christmas Eve, Midsummer Eve) ends on the next working day.
 */
export function statutoryDueDate(lastDay: string, calendar: WorkingDayCalendar = finnishWorkingDayCalendar): string {
  return nextWorkingDayOnOrAfter(lastDay, calendar);
}
