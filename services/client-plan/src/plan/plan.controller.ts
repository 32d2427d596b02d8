import { Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { CaseAccess, CaseIdParam, CurrentCaseReader, type CaseReader } from '@yhdessa/access';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { AlsoAuditedRecords, AuditedRead, type AlsoAudited } from '@yhdessa/audit';
import { Returns, ZodBody, ZodParam, ZodQuery } from '@yhdessa/platform';
import { planVersionDetailViewSchema, planViewSchema } from '../plan-record/plan.view.schema.js';
import type { PlanVersionDetailView, PlanView } from '../plan-record/plan.view.js';
import { versionParam } from '../plan-record/version.param.js';
import {
  planDiffQuery,
  savePlanCommand,
  startPlanCommand,
  type PlanDiffQuery,
  type SavePlanCommand,
  type StartPlanCommand,
} from './plan.commands.js';
import { planDiffViewSchema } from './plan-diff.view.schema.js';
import { PlanService, type PlanDiffView } from './plan.service.js';

const planRead = { resource: 'client-plan', informationClass: 'shared-plan', purpose: 'care-team-work' } as const;

@Controller('cases/:caseId/plan')
export class PlanController {
  constructor(private readonly plans: PlanService) {}

  @Post()
  @CaseAccess('write')
  @RequireRoles('cp-social-worker')
  @Returns(planViewSchema)
  start(
    @CaseIdParam() caseId: string,
    @ZodBody(startPlanCommand) command: StartPlanCommand,
    @CurrentUser() caller: AuthenticatedUser,
    @CurrentCaseReader() reader: CaseReader,
  ): Promise<PlanView> {
    return this.plans.start(caseId, command, caller, reader);
  }

  @Put('draft')
  @HttpCode(200)
  @CaseAccess('write')
  @Returns(planViewSchema)
  save(
    @CaseIdParam() caseId: string,
    @ZodBody(savePlanCommand) command: SavePlanCommand,
    @CurrentUser() caller: AuthenticatedUser,
    @CurrentCaseReader() reader: CaseReader,
  ): Promise<PlanView> {
    return this.plans.save(caseId, command, caller, reader);
  }

  @Get()
  @CaseAccess('read')
  @AuditedRead(planRead)
  @Returns(planViewSchema)
  read(
    @CaseIdParam() caseId: string,
    @CurrentUser() caller: AuthenticatedUser,
    @CurrentCaseReader() reader: CaseReader,
    @AlsoAuditedRecords() also: AlsoAudited,
  ): Promise<PlanView> {
    return this.plans.read(caseId, caller, reader, also);
  }

  @Get('versions/:version')
  @CaseAccess('read')
  @AuditedRead({ ...planRead, resource: 'client-plan-version' })
  @Returns(planVersionDetailViewSchema)
  version(
    @CaseIdParam() caseId: string,
    @ZodParam('version', versionParam) version: number,
    @CurrentUser() caller: AuthenticatedUser,
    @CurrentCaseReader() reader: CaseReader,
    @AlsoAuditedRecords() also: AlsoAudited,
  ): Promise<PlanVersionDetailView> {
    return this.plans.versionDetail(caseId, version, caller, reader, also);
  }

  @Get('diff')
  @CaseAccess('read')
  @AuditedRead({ ...planRead, resource: 'client-plan-diff' })
  @Returns(planDiffViewSchema)
  diff(
    @CaseIdParam() caseId: string,
    @ZodQuery(planDiffQuery) query: PlanDiffQuery,
    @CurrentUser() caller: AuthenticatedUser,
    @CurrentCaseReader() reader: CaseReader,
    @AlsoAuditedRecords() also: AlsoAudited,
  ): Promise<PlanDiffView> {
    return this.plans.diff(caseId, query, caller, reader, also);
  }
}
