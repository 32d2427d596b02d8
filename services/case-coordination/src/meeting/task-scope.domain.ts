import { decideTeamAccess } from '../team/team-access.domain.js';
import type { TeamRole } from '../team-record/team-member.entity.js';

/** Whose open tasks are asked for: one owner's (a user id), a team's, or one owner's on one team. */
export type TaskQuery = { ownerId: string; teamId: string | null } | { ownerId: null; teamId: string };

/** Who asks: their user id, whether they are a service manager, and the teams they are on. */
export interface TaskReader {
  userId: string;
  serviceManager: boolean;
  places: ReadonlyArray<{ teamId: string; teamRole: TeamRole }>;
}

/** The tasks to list: of this owner (anyone's when null), from the meetings of these teams (any team's when null). */
export interface TaskScope {
  ownerId: string | null;
  teamIds: string[] | null;
}

export type TaskScopeRefusal = 'team_not_found' | 'not_team_coordinator';

export type TaskScopeDecision = { allowed: true; scope: TaskScope } | { allowed: false; code: TaskScopeRefusal };

/**
 * Everyone sees their own open tasks, from every team or from one team whose cases they see. Someone
 * else's tasks are for the coordinator of the team whose meeting gave them (what `coordinate` on the
 * team allows): the whole team's, or one person's there; asked for a person's tasks without a team,
 * the tasks from every team the reader coordinates. A team is refused as `decideTeamAccess` refuses it.
 */
export function decideTaskScope(reader: TaskReader, query: TaskQuery): TaskScopeDecision {
  const own = query.ownerId === reader.userId;
  if (query.teamId !== null) {
    const teamRole = reader.places.find((place) => place.teamId === query.teamId)?.teamRole ?? null;
    const access = decideTeamAccess(own ? 'see-cases' : 'coordinate', { teamRole, serviceManager: reader.serviceManager });
    if (access === 'not-found') return { allowed: false, code: 'team_not_found' };
    if (access === 'not-coordinator') return { allowed: false, code: 'not_team_coordinator' };
    return { allowed: true, scope: { ownerId: query.ownerId, teamIds: [query.teamId] } };
  }
  if (own) return { allowed: true, scope: { ownerId: reader.userId, teamIds: null } };
  const coordinated = reader.places.filter((place) => place.teamRole === 'coordinator').map((place) => place.teamId);
  if (coordinated.length === 0) return { allowed: false, code: 'not_team_coordinator' };
  return { allowed: true, scope: { ownerId: query.ownerId, teamIds: coordinated } };
}
