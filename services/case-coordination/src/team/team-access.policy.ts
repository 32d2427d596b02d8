import { Injectable } from '@nestjs/common';
import { Access, Granted, type ResourceAccess } from '@yhdessa/access';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import type { TeamMemberEntity } from '../team-record/team-member.entity.js';
import { TeamMembershipRepository } from '../team-record/team-membership.repository.js';
import { TeamEntity } from '../team-record/team.entity.js';
import { decideTeamAccess, type TeamAccessLevel } from './team-access.domain.js';
import { TeamError, TeamErrorCode } from './team.error.js';

const teamId = z.uuid();

export interface TeamGrant {
  team: TeamEntity;
  /** The caller's membership, or null for a service manager off the team. */
  member: TeamMemberEntity | null;
}

/** Systemic teams, guarded by the caller's place on them (`decideTeamAccess`); the team id is the route's `:teamId`. */
@Injectable()
export class TeamAccessPolicy implements ResourceAccess<TeamAccessLevel, TeamGrant> {
  readonly param = 'teamId';

  constructor(
    private readonly dataSource: DataSource,
    private readonly membership: TeamMembershipRepository,
  ) {}

  async grant(id: string, caller: AuthenticatedUser, level: TeamAccessLevel): Promise<TeamGrant | null> {
    if (!teamId.safeParse(id).success) return null;
    const manager = this.dataSource.manager;
    const team = await manager.findOneBy(TeamEntity, { id });
    if (!team) return null;
    const member = await this.membership.activeMember(manager, id, caller.userId);
    const decision = decideTeamAccess(level, {
      teamRole: member?.teamRole ?? null,
      serviceManager: caller.roles.includes('service-manager'),
    });
    if (decision === 'not-coordinator') {
      throw new TeamError(TeamErrorCode.NotTeamCoordinator, "Only the team's coordinator may do this.");
    }
    return decision === 'allowed' ? { team, member } : null;
  }

  refusal(): TeamError {
    return new TeamError(TeamErrorCode.TeamNotFound, 'No such team.');
  }
}

/** The caller needs `level` on the team of the route's `:teamId`; anyone off it gets 404 `team_not_found`. */
export const TeamAccess = (level: TeamAccessLevel): MethodDecorator => Access(TeamAccessPolicy, level);

/** What `@TeamAccess` found: the team and the caller's membership. */
export const CurrentTeam = (): ParameterDecorator => Granted(TeamAccessPolicy);
