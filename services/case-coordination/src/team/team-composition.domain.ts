/**
 * A systemic team (systeeminen tiimi): a few social workers, one clinician (family therapist) and one
 * coordinator. How many social workers at most is configurable (DOMAIN.md: 3–4).
 */

export type TeamRole = 'social-worker' | 'clinician' | 'coordinator';

export interface TeamMember {
  readonly userId: string;
  readonly role: TeamRole;
}

export interface Team {
  readonly members: readonly TeamMember[];
}

export interface TeamRules {
  readonly maxSocialWorkers: number;
}

export const defaultTeamRules: TeamRules = { maxSocialWorkers: 4 };

export type TeamChange =
  | { kind: 'add-member'; member: TeamMember }
  | { kind: 'change-role'; userId: string; role: TeamRole };

export type TeamChangeRefusal = 'team_full_of_social_workers' | 'team_has_clinician' | 'team_has_coordinator' | 'already_member' | 'not_member';

export type TeamChangeDecision = { allowed: true } | { allowed: false; code: TeamChangeRefusal };

const roleTaken: Record<Exclude<TeamRole, 'social-worker'>, TeamChangeRefusal> = {
  clinician: 'team_has_clinician',
  coordinator: 'team_has_coordinator',
};

/** Whether the team may take the change: nobody twice, no second clinician or coordinator, not too many social workers. */
export function checkTeamChange(team: Team, change: TeamChange, rules: TeamRules = defaultTeamRules): TeamChangeDecision {
  const userId = change.kind === 'add-member' ? change.member.userId : change.userId;
  const role = change.kind === 'add-member' ? change.member.role : change.role;
  const isMember = team.members.some((member) => member.userId === userId);
  if (change.kind === 'add-member' && isMember) return { allowed: false, code: 'already_member' };
  if (change.kind === 'change-role' && !isMember) return { allowed: false, code: 'not_member' };
  const others = team.members.filter((member) => member.userId !== userId);
  const holding = others.filter((member) => member.role === role).length;
  if (role === 'social-worker') {
    return holding >= rules.maxSocialWorkers ? { allowed: false, code: 'team_full_of_social_workers' } : { allowed: true };
  }
  return holding >= 1 ? { allowed: false, code: roleTaken[role] } : { allowed: true };
}

/** The roles a team still lacks to work as a systemic team: its clinician, its coordinator, any social worker. */
export function missingRoles(team: Team): TeamRole[] {
  const roles: TeamRole[] = ['social-worker', 'clinician', 'coordinator'];
  return roles.filter((role) => !team.members.some((member) => member.role === role));
}
