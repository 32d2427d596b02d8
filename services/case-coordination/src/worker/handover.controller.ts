import { Controller, HttpCode, Post } from '@nestjs/common';
import { CaseAccess, CaseIdParam } from '@yhdessa/access';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { Returns, ZodBody } from '@yhdessa/platform';
import { handoverCommand, type HandoverCommand } from './handover.commands.js';
import { HandoverService } from './handover.service.js';
import type { HandoverResult } from './handover.view.js';
import { handoverResultSchema } from './handover.view.schema.js';

@Controller('cases/:caseId/responsible-worker')
export class HandoverController {
  constructor(private readonly handovers: HandoverService) {}

  @Post()
  @HttpCode(200)
  @CaseAccess('assign')
  @RequireRoles('cp-social-worker', 'team-coordinator', 'service-manager')
  @Returns(handoverResultSchema)
  handOver(
    @CaseIdParam() caseId: string,
    @ZodBody(handoverCommand) command: HandoverCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<HandoverResult> {
    return this.handovers.handOver(caseId, command, caller);
  }
}
