/**
 * Dates and times as people in Finland write them, in every language of the app: `23.12.2026`
 * (d.M.yyyy) and `14.30` (H.mm), always on Helsinki's clock whatever the browser's time zone.
 */
export const helsinkiTimeZone = 'Europe/Helsinki';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

const helsinkiParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: helsinkiTimeZone,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The calendar date and wall-clock time in Helsinki at an instant. */
export function helsinkiWallClock(instant: Date): { year: number; month: number; day: number; hour: number; minute: number } {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(helsinkiParts.formatToParts(instant).find((p) => p.type === type)!.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

/** `2027-01-07` (a date without time, as the API gives due dates) or an instant → `7.1.2027` in Helsinki. */
export function formatDate(value: string | Date): string {
  if (typeof value === 'string') {
    const match = isoDate.exec(value);
    if (match) return `${Number(match[3])}.${Number(match[2])}.${match[1]}`;
  }
  const { year, month, day } = helsinkiWallClock(new Date(value));
  return `${day}.${month}.${year}`;
}

/** An instant → `9.05` / `14.30`, Helsinki's wall clock. */
export function formatTime(value: string | Date): string {
  const { hour, minute } = helsinkiWallClock(new Date(value));
  return `${hour}.${String(minute).padStart(2, '0')}`;
}

/** An instant → `23.12.2026 14.30`, Helsinki's wall clock. */
export function formatDateTime(value: string | Date): string {
  return `${formatDate(new Date(value))} ${formatTime(value)}`;
}
