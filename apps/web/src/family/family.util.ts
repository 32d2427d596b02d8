import { ageOn } from '../access-report/access-report-link.util.js';

/** The child and the family (guardian, young person, foster carer) sign in to see their own case, not to work on cases. */
const familyRoles = ['guardian', 'child', 'foster-carer'];

export function isFamilyMember(reader: { roles: readonly string[] }): boolean {
  return reader.roles.some((role) => familyRoles.includes(role));
}

interface StepDeadline {
  kind?: string;
  dueOn?: string;
  status?: 'met' | 'open' | 'due-soon' | 'overdue';
}

/**
 * The law's deadlines of a case as the family's "what happens next": the ones still ahead (an overdue
 * one first, then by date) and those already done. A deadline the service did not show in full is left out.
 */
export function familySteps<T extends StepDeadline>(deadlines: readonly T[]): { ahead: T[]; done: T[] } {
  const known = deadlines.filter((deadline) => deadline.kind !== undefined && deadline.dueOn !== undefined && deadline.status);
  const byDate = (a: T, b: T) => a.dueOn!.localeCompare(b.dueOn!);
  return {
    ahead: known
      .filter((deadline) => deadline.status !== 'met')
      .sort((a, b) => Number(b.status === 'overdue') - Number(a.status === 'overdue') || byDate(a, b)),
    done: known.filter((deadline) => deadline.status === 'met').sort(byDate),
  };
}

/** From this age the young person gives and withdraws consents in their own right, beside the guardian. */
const ownConsentAge = 15;

/**
 * Whether the reader gives and withdraws consents themselves, by the service's rule: a guardian named
 * on the case, or the young person from 15 (not without a date of birth). Others only read them; the
 * service still decides.
 */
export function actsOnOwnConsents(
  reader: { userId: string; roles: readonly string[] },
  kase: { guardianIds: readonly (string | null)[]; childDateOfBirth: string | null },
  now: Date,
): boolean {
  if (reader.roles.includes('guardian') && kase.guardianIds.includes(reader.userId)) return true;
  if (reader.roles.includes('child')) return kase.childDateOfBirth !== null && ageOn(kase.childDateOfBirth, now) >= ownConsentAge;
  return false;
}
