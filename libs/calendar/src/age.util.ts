import { toDayNumber } from './calendar-day.util.js';
import { addMonths } from './statutory-time-limits.util.js';

/**
 * Age in completed years on a day (ISO dates); negative before the date of birth.
 *
 * A year of age is a time limit of 12 months counted from the date of birth, so it follows the
 * month-end rule of the Act on the calculation of statutory time limits 150/1930, 4 §: where the
 * month has no day with the number of the day of birth, the year is complete on the month's last
 * day. Someone born on 29 February is a year older on 28 February in a common year (15 on
 * 28 February 2027 when born on 29 February 2012), not on 1 March. `ageOn(d, addMonths(d, 12 * n)) === n`
 * for every n, by construction: ages and deadlines count the same calendar.
 */
export function ageOn(dateOfBirth: string, day: string): number {
  toDayNumber(dateOfBirth);
  toDayNumber(day);
  const years = Number(day.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return addMonths(dateOfBirth, 12 * years) <= day ? years : years - 1;
}
