import type { TeamRole } from '../team-record/team-member.entity.js';

/**
 * What one may do with a systemic team and its meetings. A team's composition carries no client data;
 * its cases, clocks, meetings and minutes do.
 *
 * - `see`: who is on the team: its members, and a service manager (who oversees every team).
 * - `see-cases`: the team's cases, their deadlines, its meetings and their minutes, and record in
 *   them: the team's members only (what each may change in the minutes, the minutes rule decides).
 * - `manage`: change who is on the team: its coordinator, or a service manager.
 * - `coordinate`: schedule the team's meetings: its coordinator.
 */
export const teamAccessLevels = ['see', 'see-cases', 'manage', 'coordinate'] as const;
export type TeamAccessLevel = (typeof teamAccessLevels)[number];

export interface TeamParticipation {
  /** The caller's role on the team while a member, else null. */
  teamRole: TeamRole | null;
  serviceManager: boolean;
}

/** `allowed`; `not-found`: the caller may not learn the team exists; `not-coordinator`: a member lacking the coordinator's part. */
export type TeamAccessDecision = 'allowed' | 'not-found' | 'not-coordinator';

export function decideTeamAccess(level: TeamAccessLevel, caller: TeamParticipation): TeamAccessDecision {
  const member = caller.teamRole !== null;
  const coordinator = caller.teamRole === 'coordinator';
  switch (level) {
    case 'see':
      return member || caller.serviceManager ? 'allowed' : 'not-found';
    case 'see-cases':
      return member ? 'allowed' : 'not-found';
    case 'manage':
      if (coordinator || caller.serviceManager) return 'allowed';
      return member ? 'not-coordinator' : 'not-found';
    case 'coordinate':
      if (coordinator) return 'allowed';
      return member || caller.serviceManager ? 'not-coordinator' : 'not-found';
  }
}
