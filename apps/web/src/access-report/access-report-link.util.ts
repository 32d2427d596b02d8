import { helsinkiWallClock } from '../time/finnish-format.util.js';

/** From this age the young person reads the access report in their own right (Child Welfare Act 417/2007, 21 §). */
const youngPersonAge = 15;
/** A guardian's reading of the report ends when the child comes of age. */
const majorityAge = 18;

/** Whole years from a date of birth (`yyyy-mm-dd`) to the day it is in Helsinki at `now`. */
export function ageOn(dateOfBirth: string, now: Date): number {
  const { year, month, day } = helsinkiWallClock(now);
  const [bornYear, bornMonth, bornDay] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const hadBirthday = month > bornMonth || (month === bornMonth && day >= bornDay);
  return year - bornYear - (hadBirthday ? 0 : 1);
}

/**
 * Whether the case page offers the link to "who has looked at our information", by the service's own
 * rule: the responsible worker, a guardian while the child is a minor, the young person from 15 (not
 * without a date of birth, as their age cannot be checked). The service still decides: anyone else
 * gets its 404.
 */
export function offersAccessReport(
  reader: { userId: string; roles: readonly string[] },
  kase: { responsibleWorkerId: string | null; childDateOfBirth: string | null },
  now: Date,
): boolean {
  if (kase.responsibleWorkerId === reader.userId) return true;
  const { childDateOfBirth } = kase;
  if (reader.roles.includes('guardian')) return childDateOfBirth === null || ageOn(childDateOfBirth, now) < majorityAge;
  if (reader.roles.includes('child')) return childDateOfBirth !== null && ageOn(childDateOfBirth, now) >= youngPersonAge;
  return false;
}
