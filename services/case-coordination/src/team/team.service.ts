import { Inject, Injectable } from '@nestjs/common';
import { CaseReaders, redactEach, teamCaseFields, type Redacted } from '@yhdessa/access';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { Clock, newId } from '@yhdessa/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { TeamMemberEntity } from '../team-record/team-member.entity.js';
import { TeamMembershipRepository } from '../team-record/team-membership.repository.js';
import { TeamEntity } from '../team-record/team.entity.js';
import type { TeamGrant } from './team-access.policy.js';
import { checkNewMember, type TeamRules } from './team-composition.domain.js';
import { TEAM_RULES } from './team-rules.provider.js';
import type { AddTeamMemberCommand, CreateTeamCommand } from './team.commands.js';
import { TeamError, TeamErrorCode } from './team.error.js';
import {
  toTeamCaseView,
  toTeamMemberView,
  toTeamView,
  type TeamCaseView,
  type TeamMemberView,
  type TeamView,
} from './team.view.js';

@Injectable()
export class TeamService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly membership: TeamMembershipRepository,
    private readonly readers: CaseReaders,
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
        members.push(
          manager.create(TeamMemberEntity, {
            memberId: newId(),
            teamId: team.id,
            userId: caller.userId,
            displayName: caller.displayName,
            teamRole: 'coordinator',
            joinedAt: now,
            removedAt: null,
          }),
        );
        await manager.insert(TeamMemberEntity, members);
      }
      return toTeamView(team, members);
    });
  }

  async addMember(teamId: string, command: AddTeamMemberCommand): Promise<TeamMemberView> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockTeam(manager, teamId);
      const current = await this.membership.activeMembers(manager, teamId);
      const decision = checkNewMember(
        { members: current.map((member) => ({ userId: member.userId, role: member.teamRole })) },
        { userId: command.userId, role: command.teamRole },
        this.rules,
      );
      if (!decision.allowed) throw TeamError.refused(decision.code);
      const member = manager.create(TeamMemberEntity, {
        memberId: newId(),
        teamId,
        ...command,
        joinedAt: this.clock.now(),
        removedAt: null,
      });
      await manager.insert(TeamMemberEntity, member);
      return toTeamMemberView(member);
    });
  }

  async removeMember(teamId: string, memberId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.lockTeam(manager, teamId);
      const member = await this.membership.activeMembership(manager, teamId, memberId);
      if (!member) throw new TeamError(TeamErrorCode.MemberNotFound, 'No such active member on this team.');
      await manager.update(TeamMemberEntity, { memberId }, { removedAt: this.clock.now() });
    });
  }

  async get({ team }: TeamGrant): Promise<TeamView> {
    return toTeamView(team, await this.membership.activeMembers(this.dataSource.manager, team.id));
  }

  /** The teams the caller sits on. */
  async listMine(caller: AuthenticatedUser): Promise<TeamView[]> {
    const manager = this.dataSource.manager;
    const own = await this.membership.activePlaces(manager, caller.userId);
    const teams = await Promise.all(own.map(async (member) => manager.findOneByOrFail(TeamEntity, { id: member.teamId })));
    return Promise.all(teams.map(async (team) => toTeamView(team, await this.membership.activeMembers(manager, team.id))));
  }

  /** The team's open cases, longest open first, as the caller sees each. */
  async cases(teamId: string, caller: AuthenticatedUser): Promise<Redacted<TeamCaseView>[]> {
    const cases = (await this.membership.teamCases(this.dataSource.manager, teamId)).map(toTeamCaseView);
    const readers = await this.readers.readersOn(
      cases.map((kase) => kase.caseId),
      caller,
    );
    return redactEach(cases, (kase) => kase.caseId, teamCaseFields, readers);
  }

  /** Changes lock the team row, so two concurrent additions cannot both pass the composition rule. */
  private async lockTeam(manager: EntityManager, teamId: string): Promise<void> {
    const team = await manager.findOne(TeamEntity, { where: { id: teamId }, lock: { mode: 'pessimistic_write' } });
    if (!team) throw new TeamError(TeamErrorCode.TeamNotFound, 'No such team.');
  }
}
