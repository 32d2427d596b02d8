import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CaseAccess } from '@yhdessa/access';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { ZodValidationPipe } from '@yhdessa/platform';
import { handoverCommand, type HandoverCommand } from '../case/case.commands.js';
import { caseIdParam } from '../case/case.commands.js';
import { HandoverService, type HandoverResult } from './handover.service.js';

@Controller('cases/:caseId/responsible-worker')
export class HandoverController {
  constructor(private readonly handovers: HandoverService) {}

  @Post()
  @HttpCode(200)
  @CaseAccess('assign')
  @RequireRoles('cp-social-worker', 'team-coordinator', 'service-manager')
  handOver(
    @Param('caseId', new ZodValidationPipe(caseIdParam)) caseId: string,
    @Body(new ZodValidationPipe(handoverCommand)) command: HandoverCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<HandoverResult> {
    return this.handovers.handOver(caseId, command, caller);
  }
}
