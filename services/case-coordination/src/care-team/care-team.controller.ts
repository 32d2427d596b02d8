import { Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { CaseAccess, CaseIdParam, CurrentCaseReader, type CaseReader, type Redacted } from '@yhdessa/access';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { AuditedRead } from '@yhdessa/audit';
import { Returns, UuidParam, ZodBody } from '@yhdessa/platform';
import { z } from 'zod';
import {
  addCareTeamMemberCommand,
  removeCareTeamMemberCommand,
  type AddCareTeamMemberCommand,
  type RemoveCareTeamMemberCommand,
} from './care-team.commands.js';
import { CareTeamService } from './care-team.service.js';
import type { CareTeamMemberView } from './care-team.view.js';
import { careTeamMemberForReaderSchema } from './care-team.view.schema.js';

@Controller('cases/:caseId/care-team')
export class CareTeamController {
  constructor(private readonly careTeam: CareTeamService) {}

  @Get()
  @CaseAccess('read')
  @AuditedRead({ resource: 'care-team', informationClass: 'shared-plan', purpose: 'care-team-work' })
  @Returns(z.array(careTeamMemberForReaderSchema))
  list(@CaseIdParam() caseId: string, @CurrentCaseReader() reader: CaseReader): Promise<Redacted<CareTeamMemberView>[]> {
    return this.careTeam.list(caseId, reader);
  }

  @Post()
  @CaseAccess('write')
  @RequireRoles('cp-social-worker')
  @Returns(careTeamMemberForReaderSchema)
  add(
    @CaseIdParam() caseId: string,
    @ZodBody(addCareTeamMemberCommand) command: AddCareTeamMemberCommand,
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
    @CaseIdParam() caseId: string,
    @UuidParam('memberId') memberId: string,
    @ZodBody(removeCareTeamMemberCommand.optional().default({ reason: null })) command: RemoveCareTeamMemberCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<void> {
    return this.careTeam.remove(caseId, memberId, command, caller);
  }
}
