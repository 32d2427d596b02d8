import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { CaseAccess, CaseIdParam, CurrentCaseReader, type CaseReader, type Redacted } from '@yhdessa/access';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { AuditedRead } from '@yhdessa/audit';
import { Returns, ZodBody, ZodQuery } from '@yhdessa/platform';
import {
  changeCaseStatusCommand,
  listCasesQuery,
  openCaseCommand,
  reopenCaseCommand,
  type ChangeCaseStatusCommand,
  type ListCasesQuery,
  type OpenCaseCommand,
  type ReopenCaseCommand,
} from './case.commands.js';
import { CaseService } from './case.service.js';
import type { CaseSummary, CaseView } from './case.view.js';
import { z } from 'zod';
import { caseForReaderSchema, caseSummaryForReaderSchema, caseViewSchema } from './case.view.schema.js';

@Controller('cases')
export class CaseController {
  constructor(private readonly cases: CaseService) {}

  @Post()
  @RequireRoles('cp-social-worker', 'service-manager')
  @Returns(caseViewSchema)
  open(@ZodBody(openCaseCommand) command: OpenCaseCommand, @CurrentUser() caller: AuthenticatedUser): Promise<CaseView> {
    return this.cases.open(command, caller);
  }

  @Get()
  @AuditedRead({
    resource: 'case-list',
    informationClass: 'child-protection',
    purpose: 'care-team-work',
    caseIds: ({ result }) => (result as CaseSummary[]).map((kase) => kase.id),
  })
  @Returns(z.array(caseSummaryForReaderSchema))
  listMine(
    @ZodQuery(listCasesQuery) query: ListCasesQuery,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<Redacted<CaseSummary>[]> {
    return this.cases.listMine(query, caller);
  }

  @Get(':caseId')
  @CaseAccess('read')
  @AuditedRead({ resource: 'case', informationClass: 'child-protection', purpose: 'care-team-work' })
  @Returns(caseForReaderSchema)
  get(@CaseIdParam() caseId: string, @CurrentCaseReader() reader: CaseReader): Promise<Redacted<CaseView>> {
    return this.cases.get(caseId, reader);
  }

  @Post(':caseId/close')
  @HttpCode(200)
  @CaseAccess('write')
  @RequireRoles('cp-social-worker')
  @Returns(caseForReaderSchema)
  close(
    @CaseIdParam() caseId: string,
    @ZodBody(changeCaseStatusCommand) command: ChangeCaseStatusCommand,
    @CurrentUser() caller: AuthenticatedUser,
    @CurrentCaseReader() reader: CaseReader,
  ): Promise<Redacted<CaseView>> {
    return this.cases.close(caseId, command, caller, reader);
  }

  @Post(':caseId/reopen')
  @HttpCode(200)
  @CaseAccess('write')
  @RequireRoles('cp-social-worker', 'service-manager')
  @Returns(caseForReaderSchema)
  reopen(
    @CaseIdParam() caseId: string,
    @ZodBody(reopenCaseCommand) command: ReopenCaseCommand,
    @CurrentUser() caller: AuthenticatedUser,
    @CurrentCaseReader() reader: CaseReader,
  ): Promise<Redacted<CaseView>> {
    return this.cases.reopen(caseId, command, caller, reader);
  }
}
