import type { CaseOrigin } from '@yhdessa/contracts';
import { CaseError } from './case.error.js';
import { checkClientAge, childDateOfBirth } from './child-identity.domain.js';

const codeOf = (run: () => unknown): string | null => {
  try {
    run();
    return null;
  } catch (error) {
    return (error as CaseError).code;
  }
};

describe('childDateOfBirth', () => {
  it('reads the date of birth from the identity code, or takes the one given without a code', () => {
    expect(childDateOfBirth({ personalIdentityCode: '010101A123N' }, '2026-11-30')).toBe('2001-01-01');
    expect(childDateOfBirth({ dateOfBirth: '2015-04-01' }, '2026-11-30')).toBe('2015-04-01');
  });

  it('refuses a birth after the day of receipt, from a code (C50 is 2050) or a date', () => {
    expect(codeOf(() => childDateOfBirth({ personalIdentityCode: '010150C123A' }, '2026-11-30'))).toBe('born_after_receipt');
    expect(codeOf(() => childDateOfBirth({ dateOfBirth: '2027-01-01' }, '2026-11-30'))).toBe('born_after_receipt');
    expect(codeOf(() => childDateOfBirth({ dateOfBirth: '2026-12-01' }, '2026-11-30'))).toBe('born_after_receipt');
  });

  it('takes a child born on the day of receipt', () => {
    expect(childDateOfBirth({ dateOfBirth: '2026-11-30' }, '2026-11-30')).toBe('2026-11-30');
  });

  it('refuses a code that does not check out, and a date that does not match it', () => {
    expect(codeOf(() => childDateOfBirth({ personalIdentityCode: '010101A123M' }, '2026-11-30'))).toBe(
      'invalid_personal_identity_code',
    );
    expect(codeOf(() => childDateOfBirth({ personalIdentityCode: '010101A123N', dateOfBirth: '2001-01-02' }, '2026-11-30'))).toBe(
      'date_of_birth_mismatch',
    );
  });
});

describe('checkClientAge', () => {
  it.each([
    ['2008-12-01', 'child-welfare-notification', '2026-11-30', null, 'the day before coming of age'],
    ['2008-11-30', 'child-welfare-notification', '2026-11-30', 'not_a_child', 'of age on the day of receipt'],
    ['1952-10-13', 'application', '2026-11-30', 'not_a_child', 'born in 1952'],
    ['2008-11-30', 'consultation-referral', '2026-11-30', 'not_a_child', 'a referral is for a child too'],
    ['2008-11-30', 'aftercare', '2026-11-30', null, 'aftercare at 18'],
    ['2001-12-01', 'aftercare', '2026-11-30', null, 'aftercare the day before 25'],
    ['2001-11-30', 'aftercare', '2026-11-30', 'past_aftercare_age', 'aftercare ends at 25'],
    ['2015-04-01', 'aftercare', '2026-11-30', null, 'aftercare of a child after a placement ended'],
    ['2026-11-30', 'child-welfare-notification', '2026-11-30', null, 'a newborn'],
  ] as Array<[string, CaseOrigin, string, string | null, string]>)(
    'born %s, origin %s, on %s: %s (%s)',
    (dateOfBirth, origin, on, refused) => {
      expect(codeOf(() => checkClientAge(dateOfBirth, origin, on))).toBe(refused);
    },
  );

  it('counts a 29 February birthday on 28 February in a common year (libs/calendar ageOn)', () => {
    expect(codeOf(() => checkClientAge('2008-02-29', 'child-welfare-notification', '2026-02-27'))).toBeNull();
    expect(codeOf(() => checkClientAge('2008-02-29', 'child-welfare-notification', '2026-02-28'))).toBe('not_a_child');
  });
});
