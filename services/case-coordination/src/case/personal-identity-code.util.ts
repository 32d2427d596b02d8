/**
 * The Finnish personal identity code (henkilötunnus) DDMMYYCZZZQ: date of birth, century sign,
 * individual number and check character. The century signs added in 2023 (Y X W V U for the 1900s,
 * B C D E F for the 2000s) are accepted beside the old ones.
 */

export type PersonalIdentityCode =
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

/** Validates a code exactly as written (upper case, no spaces). Individual numbers 900–999 are temporary codes. */
export function parsePersonalIdentityCode(code: string): PersonalIdentityCode {
  const match = FORMAT.exec(code);
  if (!match) return { valid: false, reason: 'format' };
  const [, dd, mm, yy, sign, individual, check] = match as unknown as [string, string, string, string, string, string, string];
  const year = CENTURY[sign]! + Number(yy);
  const dateOfBirth = `${String(year).padStart(4, '0')}-${mm}-${dd}`;
  const date = new Date(Date.UTC(year, Number(mm) - 1, Number(dd)));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== Number(mm) - 1 || date.getUTCDate() !== Number(dd)) {
    return { valid: false, reason: 'date' };
  }
  const individualNumber = Number(individual);
  if (individualNumber < 2) return { valid: false, reason: 'individual-number' };
  if (CHECK_CHARACTERS[Number(`${dd}${mm}${yy}${individual}`) % 31] !== check) return { valid: false, reason: 'check-character' };
  return { valid: true, dateOfBirth, temporary: individualNumber >= 900 };
}
