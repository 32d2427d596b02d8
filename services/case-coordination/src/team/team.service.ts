import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { Clock, newId } from '@yhdessa/platform';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { checkNewMember, type TeamRules } from './team-composition.domain.js';
import { TeamMemberEntity } from './team-member.entity.js';
import { TeamMembershipService } from './team-membership.service.js';
import { TEAM_RULES } from './team-rules.provider.js';
import type { AddTeamMemberCommand, CreateTeamCommand } from './team.commands.js';
import { TeamEntity } from './team.entity.js';
import { TeamError, TeamErrorCode } from './team.error.js';
import { toTeamCaseView, toTeamMemberView, toTeamView, type TeamCaseView, type TeamMemberView, type TeamView } from './team.view.js';

/** What a caller may do with a team: see it, see its cases (members only), or change who is on it. */
type TeamAccess = 'see' | 'see-cases' | 'manage';

@Injectable()
export class TeamService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly membership: TeamMembershipService,
    @Inject(TEAM_RULES) private readonly rules: TeamRules,
  ) {}

  /** A coordinator who creates a team becomes its coordinator; a service manager creates it empty. */
  async create(command: CreateTeamCommand, caller: AuthenticatedUser): Promise<TeamView> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const team = manager.create(TeamEntity, { id: newId(), name: command.name, createdAt: now, createdById: caller.userId });
      await manager.insert(TeamEntity, team);
      const members: TeamMemberEntity[] = [];
      if (caller.roles.includes('team-coordinator')) {
        members.push(manager.create(TeamMemberEntity, {
          memberId: newId(),
          teamId: team.id,
          userId: caller.userId,
          displayName: caller.displayName,
          teamRole: 'coordinator',
          joinedAt: now,
          removedAt: null,
        }));
        await manager.insert(TeamMemberEntity, members);
      }
      return toTeamView(team, members);
    });
  }

  async addMember(teamId: string, command: AddTeamMemberCommand, caller: AuthenticatedUser): Promise<TeamMemberView> {
    return this.dataSource.transaction(async (manager) => {
      await this.authorise(manager, teamId, caller, 'manage', true);
      const current = await this.membership.activeMembers(manager, teamId);
      const decision = checkNewMember(
        { members: current.map((member) => ({ userId: member.userId, role: member.teamRole })) },
        { userId: command.userId, role: command.teamRole },
        this.rules,
      );
      if (!decision.allowed) throw TeamError.refused(decision.code);
      const member = manager.create(TeamMemberEntity, { memberId: newId(), teamId, ...command, joinedAt: this.clock.now(), removedAt: null });
      await manager.insert(TeamMemberEntity, member);
      return toTeamMemberView(member);
    });
  }

  async removeMember(teamId: string, memberId: string, caller: AuthenticatedUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.authorise(manager, teamId, caller, 'manage', true);
      const member = await manager.findOneBy(TeamMemberEntity, { teamId, memberId, removedAt: IsNull() });
      if (!member) throw new TeamError(TeamErrorCode.MemberNotFound, 'No such active member on this team.');
      await manager.update(TeamMemberEntity, { memberId }, { removedAt: this.clock.now() });
    });
  }

  async get(teamId: string, caller: AuthenticatedUser): Promise<TeamView> {
    const manager = this.dataSource.manager;
    const team = await this.authorise(manager, teamId, caller, 'see');
    return toTeamView(team, await this.membership.activeMembers(manager, teamId));
  }

  /** The teams the caller sits on. */
  async listMine(caller: AuthenticatedUser): Promise<TeamView[]> {
    const manager = this.dataSource.manager;
    const own = await manager.findBy(TeamMemberEntity, { userId: caller.userId, removedAt: IsNull() });
    const teams = await Promise.all(own.map(async (member) => manager.findOneByOrFail(TeamEntity, { id: member.teamId })));
    return Promise.all(teams.map(async (team) => toTeamView(team, await this.membership.activeMembers(manager, team.id))));
  }

  /** The team's open cases, longest open first. */
  async cases(teamId: string, caller: AuthenticatedUser): Promise<TeamCaseView[]> {
    const manager = this.dataSource.manager;
    await this.authorise(manager, teamId, caller, 'see-cases');
    return (await this.membership.teamCases(manager, teamId)).map(toTeamCaseView);
  }

  /** Refuses (404) anyone but the team's members: they alone see its cases' details. */
  async assertMaySeeCases(teamId: string, caller: AuthenticatedUser): Promise<void> {
    await this.authorise(this.dataSource.manager, teamId, caller, 'see-cases');
  }

  /**
   * Members see their team; a service manager sees every team and changes any; the coordinator changes
   * their own. Anyone else gets the 404 of a team that does not exist. Changes lock the team row, so
   * two concurrent additions cannot both pass the composition rule.
   */
  private async authorise(manager: EntityManager, teamId: string, caller: AuthenticatedUser, access: TeamAccess, lock = false): Promise<TeamEntity> {
    const team = await manager.findOne(TeamEntity, { where: { id: teamId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    const member = team ? await this.membership.activeMember(manager, teamId, caller.userId) : null;
    const isServiceManager = caller.roles.includes('service-manager');
    if (!team || (!member && (access === 'see-cases' || !isServiceManager))) throw new TeamError(TeamErrorCode.TeamNotFound, 'No such team.');
    if (access === 'manage' && !isServiceManager && member?.teamRole !== 'coordinator') {
      throw new TeamError(TeamErrorCode.NotTeamCoordinator, "Only the team's coordinator or a service manager changes who is on the team.");
    }
    return team;
  }
}
