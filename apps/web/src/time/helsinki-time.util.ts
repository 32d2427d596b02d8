import { helsinkiTimeZone, helsinkiWallClock } from './finnish-format.util.js';

/**
 * What a form needs to turn a Finnish date and time typed by a person into the instant the API takes
 * (`2026-12-23T09:15:00+02:00`), on Helsinki's clock.
 */

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** `23.12.2026` (also `23.12.2026.` or with spaces) → `2026-12-23`; null for anything that is not a real date. */
export function parseFinnishDate(text: string): string | null {
  const match = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\.?\s*$/.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** `9.15`, `09.15` or `9:15` → minutes past midnight; null for anything else. */
export function parseClockTime(text: string): { hour: number; minute: number } | null {
  const match = /^\s*(\d{1,2})[.:](\d{2})\s*$/.exec(text);
  if (!match) return null;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

/** Helsinki's offset from UTC at an instant, in minutes (120 in winter, 180 in summer). */
function helsinkiOffsetMinutes(instant: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: helsinkiTimeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(instant))
    .find((part) => part.type === 'timeZoneName')!.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** A date (`2026-12-23`) and a wall-clock time in Helsinki → ISO 8601 with Helsinki's offset at that moment. */
export function helsinkiInstant(isoDate: string, time: { hour: number; minute: number }): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const asIfUtc = Date.UTC(year, month - 1, day, time.hour, time.minute);
  const offset = helsinkiOffsetMinutes(asIfUtc - helsinkiOffsetMinutes(asIfUtc) * 60_000);
  const sign = offset < 0 ? '-' : '+';
  return `${isoDate}T${pad(time.hour)}:${pad(time.minute)}:00${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** Today's date and the time now in Helsinki, as a form shows them: `23.12.2026`, `9.15`. */
export function helsinkiNowForForm(now: Date): { date: string; time: string } {
  const { year, month, day, hour, minute } = helsinkiWallClock(now);
  return { date: `${day}.${month}.${year}`, time: `${hour}.${pad(minute)}` };
}
