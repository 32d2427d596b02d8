import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { CaseAccess, CaseIdParam, CurrentCaseReader, type CaseReader, type Redacted } from '@yhdessa/access';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { AuditedRead } from '@yhdessa/audit';
import { Returns, UuidParam, ZodBody } from '@yhdessa/platform';
import {
  giveConsentCommand,
  withdrawConsentCommand,
  type GiveConsentCommand,
  type WithdrawConsentCommand,
} from './consent.commands.js';
import { ConsentService } from './consent.service.js';
import type { ConsentView } from './consent.view.js';
import { z } from 'zod';
import { consentForReaderSchema } from './consent.view.schema.js';

@Controller('cases/:caseId/consents')
export class ConsentController {
  constructor(private readonly consents: ConsentService) {}

  @Get()
  @CaseAccess('read')
  @AuditedRead({ resource: 'consent', informationClass: 'shared-plan', purpose: 'care-team-work' })
  @Returns(z.array(consentForReaderSchema))
  list(@CaseIdParam() caseId: string, @CurrentCaseReader() reader: CaseReader): Promise<Redacted<ConsentView>[]> {
    return this.consents.list(caseId, reader);
  }

  @Post()
  @CaseAccess('sign')
  @RequireRoles('guardian', 'child', 'cp-social-worker')
  @Returns(consentForReaderSchema)
  give(
    @CaseIdParam() caseId: string,
    @ZodBody(giveConsentCommand) command: GiveConsentCommand,
    @CurrentUser() caller: AuthenticatedUser,
    @CurrentCaseReader() reader: CaseReader,
  ): Promise<Redacted<ConsentView>> {
    return this.consents.give(caseId, command, caller, reader);
  }

  @Post(':consentId/withdraw')
  @HttpCode(200)
  @CaseAccess('sign')
  @RequireRoles('guardian', 'child', 'cp-social-worker')
  @Returns(consentForReaderSchema)
  withdraw(
    @CaseIdParam() caseId: string,
    @UuidParam('consentId') consentId: string,
    @ZodBody(withdrawConsentCommand.optional().default({})) command: WithdrawConsentCommand,
    @CurrentUser() caller: AuthenticatedUser,
    @CurrentCaseReader() reader: CaseReader,
  ): Promise<Redacted<ConsentView>> {
    return this.consents.withdraw(caseId, consentId, command, caller, reader);
  }
}
