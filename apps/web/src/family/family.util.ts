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
