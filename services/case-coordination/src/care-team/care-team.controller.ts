import { Body, Controller, Delete, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { AuditedRead } from '@yhdessa/audit';
import { ZodValidationPipe } from '@yhdessa/platform';
import { z } from 'zod';
import {
  addCareTeamMemberCommand,
  removeCareTeamMemberCommand,
  type AddCareTeamMemberCommand,
  type RemoveCareTeamMemberCommand,
} from '../case/case.commands.js';
import { CareTeamService, type CareTeamMemberView } from './care-team.service.js';
import { CaseMemberGuard } from './case-member.guard.js';

@Controller('cases/:caseId/care-team')
@UseGuards(CaseMemberGuard)
export class CareTeamController {
  constructor(private readonly careTeam: CareTeamService) {}

  @Get()
  @AuditedRead({ resource: 'care-team', informationClass: 'shared-plan', purpose: 'care-team-work' })
  list(@Param('caseId') caseId: string): Promise<CareTeamMemberView[]> {
    return this.careTeam.list(caseId);
  }

  @Post()
  @RequireRoles('cp-social-worker')
  add(
    @Param('caseId') caseId: string,
    @Body(new ZodValidationPipe(addCareTeamMemberCommand)) command: AddCareTeamMemberCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<CareTeamMemberView> {
    return this.careTeam.add(caseId, command, caller);
  }

  @Delete(':memberId')
  @HttpCode(204)
  @RequireRoles('cp-social-worker')
  remove(
    @Param('caseId') caseId: string,
    @Param('memberId', new ZodValidationPipe(z.uuid())) memberId: string,
    @Body(new ZodValidationPipe(removeCareTeamMemberCommand.optional().default({ reason: null }))) command: RemoveCareTeamMemberCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<void> {
    return this.careTeam.remove(caseId, memberId, command, caller);
  }
}
