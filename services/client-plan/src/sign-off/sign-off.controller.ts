import { Controller, HttpCode, Post } from '@nestjs/common';
import { CaseAccess, CaseIdParam, CurrentCaseReader, type CaseReader } from '@yhdessa/access';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { Returns, ZodBody, ZodParam } from '@yhdessa/platform';
import { planViewSchema } from '../plan-record/plan.view.schema.js';
import type { PlanView } from '../plan-record/plan.view.js';
import { versionParam } from '../plan-record/version.param.js';
import {
  answerSignOffCommand,
  openSignOffCommand,
  type AnswerSignOffCommand,
  type OpenSignOffCommand,
} from './sign-off.commands.js';
import { SignOffService } from './sign-off.service.js';

@Controller('cases/:caseId/plan/versions/:version')
export class SignOffController {
  constructor(private readonly signOff: SignOffService) {}

  @Post('sign-off')
  @HttpCode(200)
  @CaseAccess('write')
  @RequireRoles('cp-social-worker')
  @Returns(planViewSchema)
  open(
    @CaseIdParam() caseId: string,
    @ZodParam('version', versionParam) version: number,
    @ZodBody(openSignOffCommand.optional().default({ ordered: false })) command: OpenSignOffCommand,
    @CurrentUser() caller: AuthenticatedUser,
    @CurrentCaseReader() reader: CaseReader,
  ): Promise<PlanView> {
    return this.signOff.open(caseId, version, command, caller, reader);
  }

  @Post('answers')
  @HttpCode(200)
  @CaseAccess('sign')
  @Returns(planViewSchema)
  answer(
    @CaseIdParam() caseId: string,
    @ZodParam('version', versionParam) version: number,
    @ZodBody(answerSignOffCommand) command: AnswerSignOffCommand,
    @CurrentUser() caller: AuthenticatedUser,
    @CurrentCaseReader() reader: CaseReader,
  ): Promise<PlanView> {
    return this.signOff.answer(caseId, version, command, caller, reader);
  }
}
