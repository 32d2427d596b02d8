import type { CareTeamMembership } from '@yhdessa/care-team';
import { SignOffError, SignOffErrorCode } from './sign-off.error.js';

/**
 * A version goes to its parties only when the plan knows the age of a child on the care team: a young
 * person of 15 signs, a child of 12 comments, a younger one is not asked. A plan started from an
 * assessment has no date of birth until the responsible social worker records it.
 */
export function requireChildAge(
  active: readonly Pick<CareTeamMembership, 'participantKind'>[],
  childDateOfBirth: string | null,
): void {
  if (childDateOfBirth === null && active.some((member) => member.participantKind === 'child'))
    throw new SignOffError(
      SignOffErrorCode.ChildBirthDateMissing,
      "Record the child's date of birth on the plan first: who signs and who comments depends on it.",
    );
}

/** A date of birth to record: a real calendar date, not after today (a Finnish date). */
export function checkBirthDate(date: string, today: string): void {
  if (date > today) throw new SignOffError(SignOffErrorCode.ChildBirthDateInvalid, 'The date of birth cannot be in the future.');
}
