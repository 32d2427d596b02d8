import { parsePersonalIdentityCode } from './personal-identity-code.util.js';
import { CaseError, CaseErrorCode } from './case.error.js';

/** The child's date of birth from the identity code (checked) or as given; both must agree. */
export function childDateOfBirth(child: { personalIdentityCode?: string; dateOfBirth?: string }): string {
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
