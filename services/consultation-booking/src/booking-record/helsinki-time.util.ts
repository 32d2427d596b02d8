import { addCalendarDays, weekday } from '@yhdessa/calendar';

/**
 * Wall-clock time in Finland (Europe/Helsinki), where availability is kept: a weekly 09:00 window is
 * 09:00 local on both sides of a daylight-saving change. No Nest, no I/O.
 */
export const TIME_ZONE = 'Europe/Helsinki';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface LocalParts {
  date: string;
  minutes: number;
}

/** Helsinki's offset within each UTC hour (its changes fall on whole UTC hours), asked of Intl once per hour. */
const offsetByHour = new Map<number, number>();

function intlOffsetMinutes(instant: Date): number {
  const all = Object.fromEntries(parts.formatToParts(instant).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(
    Number(all.year),
    Number(all.month) - 1,
    Number(all.day),
    Number(all.hour),
    Number(all.minute),
    Number(all.second),
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** Minutes east of UTC in Helsinki at an instant (120 in winter, 180 in summer). */
export function offsetMinutes(instant: Date): number {
  const hour = Math.floor(instant.getTime() / 3_600_000);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    offset = intlOffsetMinutes(new Date(hour * 3_600_000));
    if (offsetByHour.size > 100_000) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset;
}

/** The local date (ISO) and minutes past local midnight of an instant. */
export function localParts(instant: Date): LocalParts {
  const local = instant.getTime() + offsetMinutes(instant) * 60_000;
  const day = Math.floor(local / DAY_MS);
  return { date: isoDateOfDay(day), minutes: Math.floor((local - day * DAY_MS) / 60_000) };
}

const DAY_MS = 86_400_000;

/** ISO dates by days since 1970-01-01, and back: the slot search asks for the same few hundred days again and again. */
const isoDateByDay = new Map<number, string>();
const dayByIsoDate = new Map<string, number | null>();

function isoDateOfDay(day: number): string {
  let date = isoDateByDay.get(day);
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (isoDateByDay.size > 100_000) isoDateByDay.clear();
    isoDateByDay.set(day, date);
  }
  return date;
}

/** Days since 1970-01-01 of an ISO date, or null when the text is not one (it does not read back the same). */
function dayOfIsoDate(date: string): number | null {
  let day = dayByIsoDate.get(date);
  if (day === undefined) {
    const midnight = Date.parse(`${date}T00:00:00Z`);
    day = Number.isFinite(midnight) && isoDateOfDay(midnight / DAY_MS) === date ? midnight / DAY_MS : null;
    if (dayByIsoDate.size > 100_000) dayByIsoDate.clear();
    dayByIsoDate.set(date, day);
  }
  return day;
}

/** `HH:MM` → minutes past midnight. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours! * 60 + minutes!;
}

/** Minutes past midnight → `HH:MM`. */
export function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The instant of a local wall-clock time on a local date, or null for a time that does not exist
 * there (the hour skipped on the spring-forward night, 03:00–03:59 on the last Sunday of March).
 * A time that occurs twice (the autumn night's 03:00–03:59) is its first, summer-time occurrence.
 */
export function localToInstant(date: string, minutes: number): Date | null {
  const day = dayOfIsoDate(date);
  if (day !== null && Number.isInteger(minutes) && minutes >= 0 && minutes < 24 * 60) {
    // The wall-clock time read back is the naive one exactly when the offset guessed is the offset then.
    const naive = day * DAY_MS + minutes * 60_000;
    const summer = new Date(naive - 180 * 60_000);
    if (offsetMinutes(summer) === 180) return summer;
    const winter = new Date(naive - 120 * 60_000);
    return offsetMinutes(winter) === 120 ? winter : null;
  }
  const naive = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  for (const guess of [180, 120]) {
    const instant = new Date(naive - guess * 60_000);
    const local = localParts(instant);
    if (local.date === date && local.minutes === minutes) return instant;
  }
  return null;
}

/**
 * As `localToInstant`, but a time inside the skipped hour is moved to the first minute that exists
 * after it (04:00): how a window's start or end is read on the spring-forward night.
 */
export function localToInstantNormalised(date: string, minutes: number): Date {
  for (let shifted = minutes; shifted <= minutes + 60; shifted += 1) {
    const instant = shifted >= 1440 ? null : localToInstant(date, shifted);
    if (instant) return instant;
  }
  return localToInstant(addCalendarDays(date, 1), 0)!;
}

/** ISO weekday of an ISO date: 1 Monday … 7 Sunday (availability is kept in ISO numbering). */
export function weekdayOf(date: string): number {
  return weekday(date) || 7;
}

/** An instant written in Helsinki's offset, to the second: `2026-12-14T09:00:00+02:00`. */
export function helsinkiIso(instant: Date): string {
  const local = localParts(instant);
  const offset = offsetMinutes(instant);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${local.date}T${timeOf(local.minutes)}:${String(instant.getUTCSeconds()).padStart(2, '0')}${sign}${timeOf(abs)}`;
}
