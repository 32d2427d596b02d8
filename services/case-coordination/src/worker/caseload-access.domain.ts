import type { Role } from '@yhdessa/contracts';

/**
 * Whose caseload one may see (counts only, no client data): a social worker their own; a team
 * coordinator and a service manager anyone's, as they organise the caseloads.
 */
export function maySeeCaseloadOf(workerId: string, caller: { userId: string; roles: readonly Role[] }): boolean {
  return caller.userId === workerId || caller.roles.some((role) => role === 'team-coordinator' || role === 'service-manager');
}
