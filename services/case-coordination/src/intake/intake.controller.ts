import { Controller, Get, Post } from '@nestjs/common';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { AuditedRead } from '@yhdessa/audit';
import { Returns, UuidParam, ZodBody } from '@yhdessa/platform';
import { z } from 'zod';
import type { CaseView } from '../case/case.view.js';
import { caseViewSchema } from '../case/case.view.schema.js';
import { openFromIntakeCommand, type OpenFromIntakeCommand } from './intake.commands.js';
import type { IntakeItem } from './intake.domain.js';
import { IntakeService } from './intake.service.js';
import { intakeItemSchema } from './intake.view.schema.js';

@Controller('intake')
export class IntakeController {
  constructor(private readonly intake: IntakeService) {}

  /** Notifications and referrals from consultations that wait for a case. */
  @Get()
  @RequireRoles('cp-social-worker', 'service-manager')
  @AuditedRead({ resource: 'consultation-intake', informationClass: 'child-protection', purpose: 'care-team-work' })
  @Returns(z.array(intakeItemSchema))
  waiting(): Promise<IntakeItem[]> {
    return this.intake.waiting();
  }

  /** Opens the child's case from an item, its notification prefilled and its clocks from the day it arrived. */
  @Post(':itemId/open-case')
  @RequireRoles('cp-social-worker', 'service-manager')
  @Returns(caseViewSchema)
  openCase(
    @UuidParam('itemId') itemId: string,
    @ZodBody(openFromIntakeCommand) command: OpenFromIntakeCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<CaseView> {
    return this.intake.openCase(itemId, command, caller);
  }
}
