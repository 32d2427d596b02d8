import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { CaseAccess, CaseIdParam, CurrentCaseReader, type CaseReader, type Redacted } from '@yhdessa/access';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { AuditedRead } from '@yhdessa/audit';
import { Returns, UuidParam, ZodBody } from '@yhdessa/platform';
import { z } from 'zod';
import { TeamAccess } from '../team/team-access.policy.js';
import { assessmentDecisionCommand, type AssessmentDecisionCommand } from './assessment-decision.commands.js';
import { DeadlineService } from './deadline.service.js';
import type { DeadlineView } from './deadline.view.js';
import { deadlineForReaderSchema } from './deadline.view.schema.js';

@Controller()
export class DeadlineController {
  constructor(private readonly deadlines: DeadlineService) {}

  /** The caller's own open deadlines across their cases, nearest first, overdue ones flagged. */
  @Get('deadlines/mine')
  @RequireRoles('cp-social-worker')
  @AuditedRead({
    resource: 'deadlines',
    informationClass: 'child-protection',
    purpose: 'care-team-work',
    caseIds: ({ result }) => (result as DeadlineView[]).map((deadline) => deadline.caseId),
  })
  @Returns(z.array(deadlineForReaderSchema))
  mine(@CurrentUser() caller: AuthenticatedUser): Promise<Redacted<DeadlineView>[]> {
    return this.deadlines.forWorker(caller);
  }

  @Get('teams/:teamId/deadlines')
  @TeamAccess('see-cases')
  @AuditedRead({
    resource: 'deadlines',
    informationClass: 'child-protection',
    purpose: 'care-team-work',
    caseIds: ({ result }) => (result as DeadlineView[]).map((deadline) => deadline.caseId),
  })
  @Returns(z.array(deadlineForReaderSchema))
  forTeam(@UuidParam('teamId') teamId: string, @CurrentUser() caller: AuthenticatedUser): Promise<Redacted<DeadlineView>[]> {
    return this.deadlines.forTeam(teamId, caller);
  }

  @Get('cases/:caseId/deadlines')
  @CaseAccess('read')
  @AuditedRead({ resource: 'case-deadlines', informationClass: 'child-protection', purpose: 'care-team-work' })
  @Returns(z.array(deadlineForReaderSchema))
  forCase(@CaseIdParam() caseId: string, @CurrentCaseReader() reader: CaseReader): Promise<Redacted<DeadlineView>[]> {
    return this.deadlines.forCase(caseId, reader);
  }

  @Post('cases/:caseId/assessment-decision')
  @HttpCode(200)
  @CaseAccess('decide')
  @RequireRoles('cp-social-worker')
  @Returns(z.array(deadlineForReaderSchema))
  decide(
    @CaseIdParam() caseId: string,
    @ZodBody(assessmentDecisionCommand) command: AssessmentDecisionCommand,
    @CurrentUser() caller: AuthenticatedUser,
    @CurrentCaseReader() reader: CaseReader,
  ): Promise<Redacted<DeadlineView>[]> {
    return this.deadlines.decideAssessment(caseId, command, caller, reader);
  }
}
