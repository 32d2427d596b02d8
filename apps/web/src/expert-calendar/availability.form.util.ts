import { parseClockTime, parseFinnishDate } from '../time/helsinki-time.util.js';

/** The availability screen's forms as typed (Finnish `9.00`, `23.12.2026`) and what the API takes (`09:00`, `2026-12-23`). */
export interface WindowRow {
  key: string;
  weekday: string;
  starts: string;
  ends: string;
}
export type WindowField = 'weekday' | 'starts' | 'ends';
/** Errors by row key, each a translation key. */
export type WindowErrors = Record<string, Partial<Record<WindowField, string>>>;

export interface ExceptionForm {
  onDate: string;
  starts: string;
  ends: string;
  kind: '' | 'leave' | 'extra';
}
export const exceptionFormFields = ['onDate', 'starts', 'ends', 'kind'] as const;
export type ExceptionField = (typeof exceptionFormFields)[number];
export type ExceptionErrors = Partial<Record<ExceptionField, string>>;

const pad = (value: number) => String(value).padStart(2, '0');
const clock = (text: string) => {
  const time = parseClockTime(text);
  return time ? `${pad(time.hour)}:${pad(time.minute)}` : null;
};
/** `09:00` → `9.00`, as the form shows the API's times. */
export const finnishClock = (hhmm: string) => `${Number(hhmm.slice(0, 2))}.${hhmm.slice(3, 5)}`;

export function rowsFromWindows(windows: ReadonlyArray<{ weekday: number; starts: string; ends: string }>): WindowRow[] {
  return windows.map((window, index) => ({
    key: `w${index}`,
    weekday: String(window.weekday),
    starts: finnishClock(window.starts),
    ends: finnishClock(window.ends),
  }));
}

/** The week's windows for the API, or each row's errors: a missing or malformed time, an end before the start, an overlap on one day. */
export function toWindows(
  rows: readonly WindowRow[],
): { windows: Array<{ weekday: number; starts: string; ends: string }> } | { errors: WindowErrors } {
  const errors: WindowErrors = {};
  const windows: Array<{ key: string; weekday: number; starts: string; ends: string }> = [];
  for (const row of rows) {
    const own: Partial<Record<WindowField, string>> = {};
    const starts = clock(row.starts);
    const ends = clock(row.ends);
    if (!row.weekday) own.weekday = 'availability.error.required';
    if (!row.starts.trim()) own.starts = 'availability.error.required';
    else if (!starts) own.starts = 'availability.error.time';
    if (!row.ends.trim()) own.ends = 'availability.error.required';
    else if (!ends) own.ends = 'availability.error.time';
    if (starts && ends && ends <= starts) own.ends = 'availability.error.endsBeforeStart';
    if (Object.keys(own).length > 0) errors[row.key] = own;
    else windows.push({ key: row.key, weekday: Number(row.weekday), starts: starts!, ends: ends! });
  }
  for (const window of windows) {
    const overlapping = windows.some(
      (other) => other !== window && other.weekday === window.weekday && other.starts < window.ends && window.starts < other.ends,
    );
    if (overlapping) errors[window.key] = { starts: 'availability.error.overlaps' };
  }
  if (Object.keys(errors).length > 0) return { errors };
  return { windows: windows.map(({ weekday, starts, ends }) => ({ weekday, starts, ends })) };
}

/** The API's refused fields (`windows.2.ends`) tied to the rows they name. */
export function windowErrorsFromProblem(rows: readonly WindowRow[], fields: readonly string[]): WindowErrors {
  const errors: WindowErrors = {};
  for (const path of fields) {
    const match = /^windows\.(\d+)\.(weekday|starts|ends)$/.exec(path);
    const row = match ? rows[Number(match[1])] : undefined;
    if (row) errors[row.key] = { ...errors[row.key], [match![2] as WindowField]: 'availability.error.invalid' };
  }
  return errors;
}

export function toExceptionCommand(
  form: ExceptionForm,
): { command: { onDate: string; starts: string; ends: string; kind: 'leave' | 'extra' } } | { errors: ExceptionErrors } {
  const errors: ExceptionErrors = {};
  const onDate = parseFinnishDate(form.onDate);
  const starts = clock(form.starts);
  const ends = clock(form.ends);
  if (!form.onDate.trim()) errors.onDate = 'availability.error.required';
  else if (!onDate) errors.onDate = 'availability.error.date';
  if (!form.starts.trim()) errors.starts = 'availability.error.required';
  else if (!starts) errors.starts = 'availability.error.time';
  if (!form.ends.trim()) errors.ends = 'availability.error.required';
  else if (!ends) errors.ends = 'availability.error.time';
  if (starts && ends && ends <= starts) errors.ends = 'availability.error.endsBeforeStart';
  if (form.kind === '') errors.kind = 'availability.error.required';
  if (Object.keys(errors).length > 0) return { errors };
  return { command: { onDate: onDate!, starts: starts!, ends: ends!, kind: form.kind as 'leave' | 'extra' } };
}

/** The API's refused fields of an exception (`onDate`, `ends`…) tied to the form's fields. */
export function exceptionErrorsFromProblem(fields: readonly string[]): ExceptionErrors {
  const errors: ExceptionErrors = {};
  for (const path of fields) {
    if ((exceptionFormFields as readonly string[]).includes(path)) errors[path as ExceptionField] = 'availability.error.invalid';
  }
  return errors;
}
