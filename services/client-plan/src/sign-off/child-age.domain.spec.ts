import { checkBirthDate, requireChildAge } from './child-age.domain.js';
import { SignOffErrorCode } from './sign-off.error.js';

describe('the child’s age for the sign-off', () => {
  it('is needed when the child is on the care team, not otherwise', () => {
    const child = { participantKind: 'child' as const };
    const worker = { participantKind: 'professional' as const };
    expect(() => requireChildAge([worker, child], null)).toThrow(
      expect.objectContaining({ code: SignOffErrorCode.ChildBirthDateMissing }),
    );
    expect(() => requireChildAge([worker, child], '2012-03-14')).not.toThrow();
    expect(() => requireChildAge([worker], null)).not.toThrow();
  });

  it('takes a date of birth up to today, not after', () => {
    expect(() => checkBirthDate('2026-11-30', '2026-11-30')).not.toThrow();
    expect(() => checkBirthDate('2026-12-01', '2026-11-30')).toThrow(
      expect.objectContaining({ code: SignOffErrorCode.ChildBirthDateInvalid }),
    );
  });
});
