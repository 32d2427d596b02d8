import { ageOn } from '@yhdessa/calendar';
import type { CaseOrigin } from '@yhdessa/contracts';
import { CaseError, CaseErrorCode } from './case.error.js';
import { parsePersonalIdentityCode } from './personal-identity-code.util.js';

/**
 * Who may be a child client, on the day the matter became pending. Child protection is for a child:
 * a person under 18 (LSL 6 §). Aftercare, for a young person who was placed or supported as a child,
 * runs until 25 (LSL 75 §), and only when the case says it is aftercare. An unborn child (the prenatal
 * notification of LSL 25 c §) is not a case here: no birth date after the day of receipt is taken.
 */
export const clientAgeLimits = { childProtection: 18, aftercare: 25 } as const;

export interface ChildIdentity {
  personalIdentityCode?: string;
  dateOfBirth?: string;
}

/**
 * The child's date of birth from the identity code (checked) or as given; both must agree, and the
 * child must have been born by the day the notification, referral or application arrived.
 */
export function childDateOfBirth(child: ChildIdentity, receivedOn: string): string {
  const dateOfBirth = fromIdentity(child);
  if (dateOfBirth > receivedOn) {
    throw new CaseError(
      CaseErrorCode.BornAfterReceipt,
      'The date of birth is after the day the matter arrived: a case is for a child already born.',
    );
  }
  return dateOfBirth;
}

/** Refuses a person too old for a case of this origin on the day (ISO dates). */
export function checkClientAge(dateOfBirth: string, origin: CaseOrigin, on: string): void {
  const age = ageOn(dateOfBirth, on);
  if (origin === 'aftercare') {
    if (age >= clientAgeLimits.aftercare) {
      throw new CaseError(CaseErrorCode.PastAftercareAge, `Aftercare ends at ${clientAgeLimits.aftercare}.`, {
        age,
        limit: clientAgeLimits.aftercare,
      });
    }
    return;
  }
  if (age >= clientAgeLimits.childProtection) {
    throw new CaseError(
      CaseErrorCode.NotAChild,
      `Child protection is for a person under ${clientAgeLimits.childProtection}; a young adult's aftercare is opened as origin 'aftercare'.`,
      { age, limit: clientAgeLimits.childProtection },
    );
  }
}

function fromIdentity(child: ChildIdentity): string {
  if (child.personalIdentityCode === undefined) return child.dateOfBirth!;
  const parsed = parsePersonalIdentityCode(child.personalIdentityCode);
  if (!parsed.valid) {
    throw new CaseError(CaseErrorCode.InvalidPersonalIdentityCode, `The personal identity code is not valid (${parsed.reason}).`);
  }
  if (child.dateOfBirth !== undefined && child.dateOfBirth !== parsed.dateOfBirth) {
    throw new CaseError(CaseErrorCode.DateOfBirthMismatch, 'The date of birth does not match the personal identity code.');
  }
  return parsed.dateOfBirth;
}
