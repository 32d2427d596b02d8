import { Body, Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { AuditedRead } from '@yhdessa/audit';
import { ZodValidationPipe } from '@yhdessa/platform';
import { CaseMemberGuard } from '../care-team/case-member.guard.js';
import {
  consentIdParam,
  giveConsentCommand,
  withdrawConsentCommand,
  type GiveConsentCommand,
  type WithdrawConsentCommand,
} from './consent.commands.js';
import { ConsentService, type ConsentView } from './consent.service.js';

@Controller('cases/:caseId/consents')
@UseGuards(CaseMemberGuard)
export class ConsentController {
  constructor(private readonly consents: ConsentService) {}

  @Get()
  @AuditedRead({ resource: 'consent', informationClass: 'shared-plan', purpose: 'care-team-work' })
  list(@Param('caseId') caseId: string): Promise<ConsentView[]> {
    return this.consents.list(caseId);
  }

  @Post()
  @RequireRoles('guardian', 'child', 'cp-social-worker')
  give(
    @Param('caseId') caseId: string,
    @Body(new ZodValidationPipe(giveConsentCommand)) command: GiveConsentCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<ConsentView> {
    return this.consents.give(caseId, command, caller);
  }

  @Post(':consentId/withdraw')
  @HttpCode(200)
  @RequireRoles('guardian', 'child', 'cp-social-worker')
  withdraw(
    @Param('caseId') caseId: string,
    @Param('consentId', new ZodValidationPipe(consentIdParam)) consentId: string,
    @Body(new ZodValidationPipe(withdrawConsentCommand.optional().default({}))) command: WithdrawConsentCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<ConsentView> {
    return this.consents.withdraw(caseId, consentId, command, caller);
  }
}
