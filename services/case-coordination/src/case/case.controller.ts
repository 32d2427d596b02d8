import { Body, Controller, Get, Param, Post, UseGuards } from '@nestjs/common';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { AuditedRead } from '@yhdessa/audit';
import { ZodValidationPipe } from '@yhdessa/platform';
import { CaseMemberGuard } from '../care-team/case-member.guard.js';
import { openCaseCommand, type OpenCaseCommand } from './case.commands.js';
import { CaseService, type CaseView } from './case.service.js';

@Controller('cases')
export class CaseController {
  constructor(private readonly cases: CaseService) {}

  @Post()
  @RequireRoles('cp-social-worker')
  open(@Body(new ZodValidationPipe(openCaseCommand)) command: OpenCaseCommand, @CurrentUser() caller: AuthenticatedUser): Promise<CaseView> {
    return this.cases.open(command, caller);
  }

  @Get(':caseId')
  @UseGuards(CaseMemberGuard)
  @AuditedRead({ resource: 'case', informationClass: 'child-protection', purpose: 'care-team-work' })
  get(@Param('caseId') caseId: string): Promise<CaseView> {
    return this.cases.get(caseId);
  }
}
