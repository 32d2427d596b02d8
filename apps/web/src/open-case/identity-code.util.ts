/**
 * The Finnish personal identity code (henkilötunnus) DDMMYYCZZZQ, checked as it is typed: the same
 * rule as case-coordination's `parsePersonalIdentityCode`, so a worker sees a mistyped code at once.
 * The server stays the judge; `identity-code.util.spec.ts` holds the two side by side.
 */
export type IdentityCodeCheck =
  | { valid: true; dateOfBirth: string; temporary: boolean }
  | { valid: false; reason: 'format' | 'date' | 'check-character' | 'individual-number' };

const CENTURY: Readonly<Record<string, number>> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const FORMAT = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Z])$/;

/** As the server reads what it is sent: trimmed, upper case. */
export const normaliseIdentityCode = (typed: string): string => typed.trim().toUpperCase();

/** Checks a code exactly as written (after `normaliseIdentityCode`). Individual numbers 900–999 are temporary codes. */
export function checkIdentityCode(code: string): IdentityCodeCheck {
  const match = FORMAT.exec(code);
  if (!match) return { valid: false, reason: 'format' };
  const [, dd, mm, yy, sign, individual, check] = match as unknown as [string, string, string, string, string, string, string];
  const year = CENTURY[sign]! + Number(yy);
  const date = new Date(Date.UTC(year, Number(mm) - 1, Number(dd)));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== Number(mm) - 1 || date.getUTCDate() !== Number(dd)) {
    return { valid: false, reason: 'date' };
  }
  const individualNumber = Number(individual);
  if (individualNumber < 2) return { valid: false, reason: 'individual-number' };
  if (CHECK_CHARACTERS[Number(`${dd}${mm}${yy}${individual}`) % 31] !== check) return { valid: false, reason: 'check-character' };
  return { valid: true, dateOfBirth: `${String(year).padStart(4, '0')}-${mm}-${dd}`, temporary: individualNumber >= 900 };
}

/** What the field says while a code is being typed: nothing until it is whole (11 characters) or left. */
export function identityCodeFeedback(typed: string, finished: boolean): IdentityCodeCheck | null {
  const code = normaliseIdentityCode(typed);
  if (code === '') return null;
  if (code.length < 11 && !finished) return null;
  return checkIdentityCode(code);
}
