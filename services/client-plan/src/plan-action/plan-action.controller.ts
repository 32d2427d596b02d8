import { Controller, HttpCode, Post } from '@nestjs/common';
import { CaseAccess, CaseIdParam, CurrentCaseReader, type CaseReader } from '@yhdessa/access';
import { CurrentUser, type AuthenticatedUser } from '@yhdessa/auth';
import { Returns, ZodBody, ZodParam } from '@yhdessa/platform';
import { actionIdParam, updatePlanActionCommand, type UpdatePlanActionCommand } from './plan-action.commands.js';
import { PlanActionService, type ActionUpdateView } from './plan-action.service.js';
import { actionUpdateViewSchema } from './plan-action.view.schema.js';

@Controller('cases/:caseId/plan/actions/:actionId')
export class PlanActionController {
  constructor(private readonly actions: PlanActionService) {}

  @Post('updates')
  @HttpCode(200)
  @CaseAccess('write')
  @Returns(actionUpdateViewSchema)
  update(
    @CaseIdParam() caseId: string,
    @ZodParam('actionId', actionIdParam) actionId: string,
    @ZodBody(updatePlanActionCommand) command: UpdatePlanActionCommand,
    @CurrentUser() caller: AuthenticatedUser,
    @CurrentCaseReader() reader: CaseReader,
  ): Promise<ActionUpdateView> {
    return this.actions.update(caseId, actionId, command, caller, reader);
  }
}
