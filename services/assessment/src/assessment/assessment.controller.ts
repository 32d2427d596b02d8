import { Controller, Get, Post } from '@nestjs/common';
import { CaseAccess, CaseIdParam, CurrentCaseReader, type CaseReader } from '@yhdessa/access';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { AuditedRead } from '@yhdessa/audit';
import { Returns, UuidParam, ZodBody } from '@yhdessa/platform';
import { z } from 'zod';
import { startAssessmentCommand, type StartAssessmentCommand } from './assessment.commands.js';
import { AssessmentService } from './assessment.service.js';
import type { AssessmentView, LedAssessmentView, MyInvitationView } from './assessment.view.js';
import { assessmentViewSchema, ledAssessmentViewSchema, myInvitationViewSchema } from './assessment.view.schema.js';

@Controller('cases/:caseId/assessments')
export class AssessmentController {
  constructor(private readonly assessments: AssessmentService) {}

  /** The responsible worker starts an assessment and invites members of the care team, each by a date. */
  @Post()
  @CaseAccess('write')
  @RequireRoles('cp-social-worker')
  @Returns(assessmentViewSchema)
  start(
    @CaseIdParam() caseId: string,
    @ZodBody(startAssessmentCommand) command: StartAssessmentCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<AssessmentView> {
    return this.assessments.start(caseId, command, caller);
  }

  @Get()
  @CaseAccess('read')
  @AuditedRead({ resource: 'assessment', informationClass: 'shared-plan', purpose: 'care-team-work' })
  @Returns(z.array(assessmentViewSchema))
  list(@CaseIdParam() caseId: string, @CurrentCaseReader() reader: CaseReader): Promise<AssessmentView[]> {
    return this.assessments.ofCase(caseId, reader);
  }

  /** The assessment, its frame, and who has submitted (never a draft's content). */
  @Get(':assessmentId')
  @CaseAccess('read')
  @AuditedRead({ resource: 'assessment', informationClass: 'shared-plan', purpose: 'care-team-work' })
  @Returns(assessmentViewSchema)
  get(
    @CaseIdParam() caseId: string,
    @UuidParam('assessmentId') assessmentId: string,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<AssessmentView> {
    return this.assessments.get(caseId, assessmentId, caller);
  }
}

const caseIdsOf = ({ result }: { result: unknown }) => (result as Array<{ caseId: string }>).map((item) => item.caseId);

/** What shows on a home: one's own invitations to answer, and the assessments one leads. */
@Controller()
export class AssessmentHomeController {
  constructor(private readonly assessments: AssessmentService) {}

  @Get('invitations/mine')
  @AuditedRead({
    resource: 'assessment-invitation',
    informationClass: 'shared-plan',
    purpose: 'care-team-work',
    caseIds: caseIdsOf,
  })
  @Returns(z.array(myInvitationViewSchema))
  myInvitations(@CurrentUser() caller: AuthenticatedUser): Promise<MyInvitationView[]> {
    return this.assessments.myInvitations(caller);
  }

  @Get('assessments/led-by-me')
  @RequireRoles('cp-social-worker')
  @AuditedRead({ resource: 'assessment', informationClass: 'shared-plan', purpose: 'care-team-work', caseIds: caseIdsOf })
  @Returns(z.array(ledAssessmentViewSchema))
  ledByMe(@CurrentUser() caller: AuthenticatedUser): Promise<LedAssessmentView[]> {
    return this.assessments.ledBy(caller);
  }
}
