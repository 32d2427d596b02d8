import { CaseError } from './case.error.js';
import { childDateOfBirth } from './child-identity.domain.js';
import { parsePersonalIdentityCode } from './personal-identity-code.util.js';

/**
 * The parser against a reference written apart from it, over 200,000 random well-formed codes of every
 * century sign (no identity-code package is installed in this workspace to compare with). The
 * reference reads the century from the published list of signs, decides leap years by the Gregorian
 * rule, takes the check character from the published table by a digit-by-digit remainder, and the
 * individual number's ranges as the Digital and Population Data Services Agency publishes them
 * (002–899 permanent, 900–999 temporary).
 */
const SIGNS = ['+', '-', 'Y', 'X', 'W', 'V', 'U', 'A', 'B', 'C', 'D', 'E', 'F'] as const;
const TABLE = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const CODES = 200_000;
const SEED = 20_261_130;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Reference = { valid: true; dateOfBirth: string; temporary: boolean } | { valid: false };

function reference(code: string): Reference {
  const [dd, mm, yy, sign, zzz, check] = [
    code.slice(0, 2),
    code.slice(2, 4),
    code.slice(4, 6),
    code[6]!,
    code.slice(7, 10),
    code[10]!,
  ];
  const century = sign === '+' ? 1800 : '-YXWVU'.includes(sign) ? 1900 : 2000;
  const year = century + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const monthLength = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (monthLength === undefined || day < 1 || day > monthLength) return { valid: false };
  const individual = Number(zzz);
  if (individual < 2) return { valid: false };
  let remainder = 0;
  for (const digit of `${dd}${mm}${yy}${zzz}`) remainder = (remainder * 10 + Number(digit)) % 31;
  if (TABLE[remainder] !== check) return { valid: false };
  return { valid: true, dateOfBirth: `${year}-${mm}-${dd}`, temporary: individual >= 900 };
}

function randomCode(next: () => number): string {
  const pick = (max: number) => Math.floor(next() * max);
  const two = (value: number) => String(value).padStart(2, '0');
  // Mostly real days and months, sometimes ones that do not exist (00, 29–31 February, 31 April, 13).
  const day = next() < 0.95 ? 1 + pick(31) : pick(40);
  const month = next() < 0.95 ? 1 + pick(12) : pick(14);
  const digits = `${two(day)}${two(month)}${two(pick(100))}`;
  const individual = String(pick(1000)).padStart(3, '0');
  const sign = SIGNS[pick(SIGNS.length)]!;
  const right = TABLE[Number(`${digits}${individual}`) % 31]!;
  const check = next() < 0.9 ? right : TABLE[pick(TABLE.length)]!;
  return `${digits}${sign}${individual}${check}`;
}

describe('parsePersonalIdentityCode against an independent reference', () => {
  const next = random(SEED);
  const codes = Array.from({ length: CODES }, () => randomCode(next));

  it(`agrees on ${CODES} random codes (seed ${SEED}): validity, date of birth and temporariness`, () => {
    const disagreements: string[] = [];
    let valid = 0;
    for (const code of codes) {
      const expected = reference(code);
      const parsed = parsePersonalIdentityCode(code);
      const same = expected.valid
        ? parsed.valid && parsed.dateOfBirth === expected.dateOfBirth && parsed.temporary === expected.temporary
        : !parsed.valid;
      if (!same && disagreements.length < 5)
        disagreements.push(`${code}: parser ${JSON.stringify(parsed)}, reference ${JSON.stringify(expected)}`);
      if (expected.valid) valid += 1;
    }
    expect(disagreements).toEqual([]);
    expect(valid).toBeGreaterThan(CODES / 2); // the sample is not mostly malformed
  });

  it('covered every century sign, valid and invalid, and birth dates from 1800 to 2099', () => {
    for (const sign of SIGNS) {
      const ofSign = codes.filter((code) => code[6] === sign);
      expect(ofSign.some((code) => reference(code).valid)).toBe(true);
      expect(ofSign.some((code) => !reference(code).valid)).toBe(true);
    }
  });

  it('takes no code whose date of birth is after the day the matter arrived, and every other valid one', () => {
    const receivedOn = '2026-11-30';
    let future = 0;
    for (const code of codes.slice(0, 50_000)) {
      const expected = reference(code);
      if (!expected.valid) continue;
      const outcome = (() => {
        try {
          return childDateOfBirth({ personalIdentityCode: code }, receivedOn);
        } catch (error) {
          return (error as CaseError).code;
        }
      })();
      if (expected.dateOfBirth > receivedOn) {
        future += 1;
        expect([code, outcome]).toEqual([code, 'born_after_receipt']);
      } else {
        expect([code, outcome]).toEqual([code, expected.dateOfBirth]);
      }
    }
    expect(future).toBeGreaterThan(1_000); // 2027–2099 births under signs A–F
  });
});
