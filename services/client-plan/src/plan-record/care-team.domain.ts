import type { CareTeamMembership } from '@yhdessa/care-team';

/** The care team's role of the case's responsible social worker, as case-coordination names it. */
export const responsibleWorkerRole = 'responsible social worker';

/** The responsible social worker among the active members: the latest to join in that role. */
export function responsibleWorkerOf(active: readonly CareTeamMembership[]): CareTeamMembership | null {
  const workers = active.filter(
    (member) =>
      member.participantKind === 'professional' &&
      member.agency === 'child-protection' &&
      member.roleInCase === responsibleWorkerRole,
  );
  return [...workers].sort((a, b) => (a.since < b.since ? 1 : a.since > b.since ? -1 : 0))[0] ?? null;
}
