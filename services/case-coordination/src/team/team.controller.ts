import { Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import type { Redacted } from '@yhdessa/access';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { AuditedRead, NoClientData } from '@yhdessa/audit';
import { Returns, UuidParam, ZodBody } from '@yhdessa/platform';
import { z } from 'zod';
import { CurrentTeam, TeamAccess, type TeamGrant } from './team-access.policy.js';
import {
  addTeamMemberCommand,
  createTeamCommand,
  teamStaffRoles,
  type AddTeamMemberCommand,
  type CreateTeamCommand,
} from './team.commands.js';
import { TeamService } from './team.service.js';
import type { TeamCaseView, TeamMemberView, TeamView } from './team.view.js';
import { teamCaseForReaderSchema, teamMemberViewSchema, teamViewSchema } from './team.view.schema.js';

@Controller('teams')
@RequireRoles(...teamStaffRoles)
export class TeamController {
  constructor(private readonly teams: TeamService) {}

  @Post()
  @RequireRoles('team-coordinator', 'service-manager')
  @Returns(teamViewSchema)
  create(@ZodBody(createTeamCommand) command: CreateTeamCommand, @CurrentUser() caller: AuthenticatedUser): Promise<TeamView> {
    return this.teams.create(command, caller);
  }

  @Get()
  @NoClientData()
  @Returns(z.array(teamViewSchema))
  listMine(@CurrentUser() caller: AuthenticatedUser): Promise<TeamView[]> {
    return this.teams.listMine(caller);
  }

  @Get(':teamId')
  @TeamAccess('see')
  @NoClientData()
  @Returns(teamViewSchema)
  get(@UuidParam('teamId') _teamId: string, @CurrentTeam() team: TeamGrant): Promise<TeamView> {
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
  @Returns(z.array(teamCaseForReaderSchema))
  cases(@UuidParam('teamId') teamId: string, @CurrentUser() caller: AuthenticatedUser): Promise<Redacted<TeamCaseView>[]> {
    return this.teams.cases(teamId, caller);
  }

  @Post(':teamId/members')
  @TeamAccess('manage')
  @RequireRoles('team-coordinator', 'service-manager')
  @Returns(teamMemberViewSchema)
  addMember(
    @UuidParam('teamId') teamId: string,
    @ZodBody(addTeamMemberCommand) command: AddTeamMemberCommand,
  ): Promise<TeamMemberView> {
    return this.teams.addMember(teamId, command);
  }

  @Delete(':teamId/members/:memberId')
  @HttpCode(204)
  @TeamAccess('manage')
  @RequireRoles('team-coordinator', 'service-manager')
  removeMember(@UuidParam('teamId') teamId: string, @UuidParam('memberId') memberId: string): Promise<void> {
    return this.teams.removeMember(teamId, memberId);
  }
}
