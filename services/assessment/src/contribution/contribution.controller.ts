import { Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { CaseAccess, CaseIdParam } from '@yhdessa/access';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { AlsoAuditedRecords, AuditedRead, type AlsoAudited } from '@yhdessa/audit';
import { Returns, UuidParam, ZodBody } from '@yhdessa/platform';
import {
  addendumCommand,
  recordChildViewCommand,
  saveDraftCommand,
  submitCommand,
  type AddendumCommand,
  type RecordChildViewCommand,
  type SaveDraftCommand,
  type SubmitCommand,
} from './contribution.commands.js';
import { ContributionService } from './contribution.service.js';
import type { ContributionView } from './contribution.view.js';
import { contributionViewSchema } from './contribution.view.schema.js';

@Controller('cases/:caseId/assessments/:assessmentId')
export class ContributionController {
  constructor(private readonly contributions: ContributionService) {}

  /** One's own view, draft or submitted; read with its own information class (recorded with the route's record). */
  @Get('contributions/mine')
  @CaseAccess('sign')
  @AuditedRead({ resource: 'assessment', informationClass: 'shared-plan', purpose: 'care-team-work' })
  @Returns(contributionViewSchema)
  mine(
    @CaseIdParam() caseId: string,
    @UuidParam('assessmentId') assessmentId: string,
    @CurrentUser() caller: AuthenticatedUser,
    @AlsoAuditedRecords() also: AlsoAudited,
  ): Promise<ContributionView> {
    return this.contributions.mine(caseId, assessmentId, caller, also);
  }

  /** Autosave: 409 `contribution_version_conflict` with the current version when someone saved in between. */
  @Put('contributions/mine')
  @CaseAccess('sign')
  @Returns(contributionViewSchema)
  save(
    @CaseIdParam() caseId: string,
    @UuidParam('assessmentId') assessmentId: string,
    @ZodBody(saveDraftCommand) command: SaveDraftCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<ContributionView> {
    return this.contributions.saveDraft(caseId, assessmentId, command, caller);
  }

  @Post('contributions/mine/submit')
  @HttpCode(200)
  @CaseAccess('sign')
  @Returns(contributionViewSchema)
  submit(
    @CaseIdParam() caseId: string,
    @UuidParam('assessmentId') assessmentId: string,
    @ZodBody(submitCommand) command: SubmitCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<ContributionView> {
    return this.contributions.submit(caseId, assessmentId, command, caller);
  }

  @Post('contributions/:invitationId/addenda')
  @CaseAccess('sign')
  @Returns(contributionViewSchema)
  addAddendum(
    @CaseIdParam() caseId: string,
    @UuidParam('assessmentId') assessmentId: string,
    @UuidParam('invitationId') invitationId: string,
    @ZodBody(addendumCommand) command: AddendumCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<ContributionView> {
    return this.contributions.addAddendum(caseId, assessmentId, invitationId, command, caller);
  }

  /** A social worker records the child's view with the child, and how it was found out (LSL 30 §). */
  @Post('invitations/:invitationId/recorded-view')
  @HttpCode(200)
  @CaseAccess('write')
  @RequireRoles('cp-social-worker')
  @Returns(contributionViewSchema)
  recordChildView(
    @CaseIdParam() caseId: string,
    @UuidParam('assessmentId') assessmentId: string,
    @UuidParam('invitationId') invitationId: string,
    @ZodBody(recordChildViewCommand) command: RecordChildViewCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<ContributionView> {
    return this.contributions.recordChildView(caseId, assessmentId, invitationId, command, caller);
  }
}
