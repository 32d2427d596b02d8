/**
 * The role case-coordination gives the case's responsible social worker on the care team: a code the
 * service and client-plan share, not words to show (CareTeamMember.roleInCase).
 */
export const responsibleWorkerRole = 'responsible social worker';

/**
 * A member's role in the case in the reader's language: the service's code for the responsible social
 * worker by its word; a role a person wrote when adding the member ("luokanopettaja") as they wrote it.
 */
export function roleInCaseText(roleInCase: string | undefined, t: (key: string) => string): string {
  if (roleInCase === responsibleWorkerRole) return t('careTeam.responsibleWorkerRole');
  return roleInCase ?? '';
}
