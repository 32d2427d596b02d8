/**
 * Calendar days as ISO dates ('YYYY-MM-DD'): days in Finland, no time of day and no time zone. The
 * instant → Finnish day step is `finnishDate` in @yhdessa/platform; everything after it is here.
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid ISO date; a RangeError for anything else (a caller's bug). */
export function toDayNumber(date: string): number {
  const match = ISO_DATE.exec(date);
  const day = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS : Number.NaN;
  if (!match || fromDayNumber(day) !== date) throw new RangeError(`not a calendar date: ${date}`);
  return day;
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Whether `value` is a date that exists ('2027-02-29' does not). */
export function isCalendarDate(value: string): boolean {
  try {
    toDayNumber(value);
    return true;
  } catch {
    return false;
  }
}

export function addCalendarDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** 0 for Sunday to 6 for Saturday. */
export function weekday(date: string): number {
  return new Date(toDayNumber(date) * DAY_MS).getUTCDay();
}
