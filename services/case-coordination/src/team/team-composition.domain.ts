import type { TeamRole } from '../team-record/team-member.entity.js';

/**
 * A systemic team (systeeminen tiimi): a few social workers, one clinician (family therapist) and one
 * coordinator. How many social workers at most is configurable (DOMAIN.md: 3–4).
 */

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

export type TeamChangeRefusal = 'team_full_of_social_workers' | 'team_has_clinician' | 'team_has_coordinator' | 'already_member';

export type TeamChangeDecision = { allowed: true } | { allowed: false; code: TeamChangeRefusal };

const roleTaken: Record<Exclude<TeamRole, 'social-worker'>, TeamChangeRefusal> = {
  clinician: 'team_has_clinician',
  coordinator: 'team_has_coordinator',
};

/** Whether the team may take a new member: nobody twice, no second clinician or coordinator, not too many social workers. */
export function checkNewMember(team: Team, member: TeamMember, rules: TeamRules = defaultTeamRules): TeamChangeDecision {
  if (team.members.some((current) => current.userId === member.userId)) return { allowed: false, code: 'already_member' };
  const holding = team.members.filter((current) => current.role === member.role).length;
  if (member.role === 'social-worker') {
    return holding >= rules.maxSocialWorkers ? { allowed: false, code: 'team_full_of_social_workers' } : { allowed: true };
  }
  return holding >= 1 ? { allowed: false, code: roleTaken[member.role] } : { allowed: true };
}
