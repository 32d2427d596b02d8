import { Controller, HttpCode, Put } from '@nestjs/common';
import { CaseAccess, CaseIdParam, CurrentCaseReader, type CaseReader } from '@yhdessa/access';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { Returns, ZodBody } from '@yhdessa/platform';
import { planViewSchema } from '../plan-record/plan.view.schema.js';
import type { PlanView } from '../plan-record/plan.view.js';
import { recordChildBirthDateCommand, type RecordChildBirthDateCommand } from './child-birth-date.commands.js';
import { ChildBirthDateService } from './child-birth-date.service.js';

@Controller('cases/:caseId/plan')
export class ChildBirthDateController {
  constructor(private readonly birthDates: ChildBirthDateService) {}

  /** The child's date of birth on the plan (one started from an assessment has none), by the responsible social worker. */
  @Put('child-birth-date')
  @HttpCode(200)
  @CaseAccess('write')
  @RequireRoles('cp-social-worker')
  @Returns(planViewSchema)
  record(
    @CaseIdParam() caseId: string,
    @ZodBody(recordChildBirthDateCommand) command: RecordChildBirthDateCommand,
    @CurrentUser() caller: AuthenticatedUser,
    @CurrentCaseReader() reader: CaseReader,
  ): Promise<PlanView> {
    return this.birthDates.record(caseId, command, caller, reader);
  }
}
