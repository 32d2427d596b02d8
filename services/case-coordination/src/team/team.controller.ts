import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import type { Redacted } from '@yhdessa/access';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { AuditedRead, NoClientData } from '@yhdessa/audit';
import { ZodValidationPipe } from '@yhdessa/platform';
import { z } from 'zod';
import { CurrentTeam, TeamAccess, type TeamGrant } from '../access/team-access.policy.js';
import { addTeamMemberCommand, createTeamCommand, teamIdParam, teamStaffRoles, type AddTeamMemberCommand, type CreateTeamCommand } from './team.commands.js';
import { TeamService } from './team.service.js';
import type { TeamCaseView, TeamMemberView, TeamView } from './team.view.js';

@Controller('teams')
@RequireRoles(...teamStaffRoles)
export class TeamController {
  constructor(private readonly teams: TeamService) {}

  @Post()
  @RequireRoles('team-coordinator', 'service-manager')
  create(@Body(new ZodValidationPipe(createTeamCommand)) command: CreateTeamCommand, @CurrentUser() caller: AuthenticatedUser): Promise<TeamView> {
    return this.teams.create(command, caller);
  }

  @Get()
  @NoClientData()
  listMine(@CurrentUser() caller: AuthenticatedUser): Promise<TeamView[]> {
    return this.teams.listMine(caller);
  }

  @Get(':teamId')
  @TeamAccess('see')
  @NoClientData()
  get(@Param('teamId', new ZodValidationPipe(teamIdParam)) _teamId: string, @CurrentTeam() team: TeamGrant): Promise<TeamView> {
    return this.teams.get(team);
  }

  @Get(':teamId/cases')
  @TeamAccess('see-cases')
  @AuditedRead({
    resource: 'team-cases',
    informationClass: 'child-protection',
    purpose: 'care-team-work',
    caseIds: ({ result }) => (result as TeamCaseView[]).map((item) => item.caseId),
  })
  cases(@Param('teamId', new ZodValidationPipe(teamIdParam)) teamId: string, @CurrentUser() caller: AuthenticatedUser): Promise<Redacted<TeamCaseView>[]> {
    return this.teams.cases(teamId, caller);
  }

  @Post(':teamId/members')
  @TeamAccess('manage')
  @RequireRoles('team-coordinator', 'service-manager')
  addMember(
    @Param('teamId', new ZodValidationPipe(teamIdParam)) teamId: string,
    @Body(new ZodValidationPipe(addTeamMemberCommand)) command: AddTeamMemberCommand,
  ): Promise<TeamMemberView> {
    return this.teams.addMember(teamId, command);
  }

  @Delete(':teamId/members/:memberId')
  @HttpCode(204)
  @TeamAccess('manage')
  @RequireRoles('team-coordinator', 'service-manager')
  removeMember(
    @Param('teamId', new ZodValidationPipe(teamIdParam)) teamId: string,
    @Param('memberId', new ZodValidationPipe(z.uuid())) memberId: string,
  ): Promise<void> {
    return this.teams.removeMember(teamId, memberId);
  }
}
