import { Body, Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { AuditedRead } from '@yhdessa/audit';
import { ZodValidationPipe } from '@yhdessa/platform';
import { CaseReaderGuard } from '../care-team/case-reader.guard.js';
import { CaseMemberGuard } from '../care-team/case-member.guard.js';
import { assessmentDecisionCommand, type AssessmentDecisionCommand } from '../case/case.commands.js';
import { teamIdParam } from '../team/team.commands.js';
import { DeadlineService, type DeadlineView } from './deadline.service.js';

@Controller()
export class DeadlineController {
  constructor(private readonly deadlines: DeadlineService) {}

  /** The caller's own open deadlines across their cases, nearest first, overdue ones flagged. */
  @Get('deadlines/mine')
  @RequireRoles('cp-social-worker')
  @AuditedRead({ resource: 'deadlines', informationClass: 'child-protection', purpose: 'care-team-work', caseIds: ({ result }) => (result as DeadlineView[]).map((deadline) => deadline.caseId) })
  mine(@CurrentUser() caller: AuthenticatedUser): Promise<DeadlineView[]> {
    return this.deadlines.forWorker(caller.userId);
  }

  @Get('teams/:teamId/deadlines')
  @AuditedRead({ resource: 'deadlines', informationClass: 'child-protection', purpose: 'care-team-work', caseIds: ({ result }) => (result as DeadlineView[]).map((deadline) => deadline.caseId) })
  forTeam(@Param('teamId', new ZodValidationPipe(teamIdParam)) teamId: string, @CurrentUser() caller: AuthenticatedUser): Promise<DeadlineView[]> {
    return this.deadlines.forTeam(teamId, caller);
  }

  @Get('cases/:caseId/deadlines')
  @UseGuards(CaseReaderGuard)
  @AuditedRead({ resource: 'case-deadlines', informationClass: 'child-protection', purpose: 'care-team-work' })
  forCase(@Param('caseId') caseId: string): Promise<DeadlineView[]> {
    return this.deadlines.forCase(caseId);
  }

  @Post('cases/:caseId/assessment-decision')
  @HttpCode(200)
  @UseGuards(CaseMemberGuard)
  @RequireRoles('cp-social-worker')
  decide(
    @Param('caseId') caseId: string,
    @Body(new ZodValidationPipe(assessmentDecisionCommand)) command: AssessmentDecisionCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<DeadlineView[]> {
    return this.deadlines.decideAssessment(caseId, command, caller);
  }
}
