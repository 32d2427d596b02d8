import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CaseAccess, CurrentCaseReader, type CaseReader, type Redacted } from '@yhdessa/access';
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

@Controller('cases/:caseId/care-team')
export class CareTeamController {
  constructor(private readonly careTeam: CareTeamService) {}

  @Get()
  @CaseAccess('read')
  @AuditedRead({ resource: 'care-team', informationClass: 'shared-plan', purpose: 'care-team-work' })
  list(@Param('caseId') caseId: string, @CurrentCaseReader() reader: CaseReader): Promise<Redacted<CareTeamMemberView>[]> {
    return this.careTeam.list(caseId, reader);
  }

  @Post()
  @CaseAccess('write')
  @RequireRoles('cp-social-worker')
  add(
    @Param('caseId') caseId: string,
    @Body(new ZodValidationPipe(addCareTeamMemberCommand)) command: AddCareTeamMemberCommand,
    @CurrentUser() caller: AuthenticatedUser,
    @CurrentCaseReader() reader: CaseReader,
  ): Promise<Redacted<CareTeamMemberView>> {
    return this.careTeam.add(caseId, command, caller, reader);
  }

  @Delete(':memberId')
  @HttpCode(204)
  @CaseAccess('write')
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
