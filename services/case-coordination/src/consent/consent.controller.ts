import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CaseAccess, CurrentCaseReader, type CaseReader, type Redacted } from '@yhdessa/access';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { AuditedRead } from '@yhdessa/audit';
import { ZodValidationPipe } from '@yhdessa/platform';
import {
  consentIdParam,
  giveConsentCommand,
  withdrawConsentCommand,
  type GiveConsentCommand,
  type WithdrawConsentCommand,
} from './consent.commands.js';
import { ConsentService, type ConsentView } from './consent.service.js';

@Controller('cases/:caseId/consents')
export class ConsentController {
  constructor(private readonly consents: ConsentService) {}

  @Get()
  @CaseAccess('read')
  @AuditedRead({ resource: 'consent', informationClass: 'shared-plan', purpose: 'care-team-work' })
  list(@Param('caseId') caseId: string, @CurrentCaseReader() reader: CaseReader): Promise<Redacted<ConsentView>[]> {
    return this.consents.list(caseId, reader);
  }

  @Post()
  @CaseAccess('sign')
  @RequireRoles('guardian', 'child', 'cp-social-worker')
  give(
    @Param('caseId') caseId: string,
    @Body(new ZodValidationPipe(giveConsentCommand)) command: GiveConsentCommand,
    @CurrentUser() caller: AuthenticatedUser,
    @CurrentCaseReader() reader: CaseReader,
  ): Promise<Redacted<ConsentView>> {
    return this.consents.give(caseId, command, caller, reader);
  }

  @Post(':consentId/withdraw')
  @HttpCode(200)
  @CaseAccess('sign')
  @RequireRoles('guardian', 'child', 'cp-social-worker')
  withdraw(
    @Param('caseId') caseId: string,
    @Param('consentId', new ZodValidationPipe(consentIdParam)) consentId: string,
    @Body(new ZodValidationPipe(withdrawConsentCommand.optional().default({}))) command: WithdrawConsentCommand,
    @CurrentUser() caller: AuthenticatedUser,
    @CurrentCaseReader() reader: CaseReader,
  ): Promise<Redacted<ConsentView>> {
    return this.consents.withdraw(caseId, consentId, command, caller, reader);
  }
}
