/** A member of a case's care team as a service's projection holds them. */
export interface CareTeamMembership {
  memberId: string;
  caseId: string;
  userId: string;
  displayName: string;
  agency: string;
  participantKind: string;
  roleInCase: string;
  since: string;
  until: string | null;
  removedAt: Date | null;
}

/** Whether a membership grants access on a given day (ISO date): started, not ended, not removed. */
export function isActiveOn(member: Pick<CareTeamMembership, 'since' | 'until' | 'removedAt'>, day: string): boolean {
  if (member.removedAt) return false;
  if (member.since > day) return false;
  return member.until === null || member.until >= day;
}
