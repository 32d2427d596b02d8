import { Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { CaseAccess, CaseIdParam, CurrentCaseReader, type CaseReader } from '@yhdessa/access';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { AlsoAuditedRecords, AuditedRead, type AlsoAudited } from '@yhdessa/audit';
import { Returns, UuidParam, ZodBody } from '@yhdessa/platform';
import type { StoredSynthesis } from '../assessment-record/assessment-record.js';
import {
  completeAssessmentCommand,
  saveSynthesisCommand,
  type CompleteAssessmentCommand,
  type SaveSynthesisCommand,
} from './synthesis.commands.js';
import { SynthesisService } from './synthesis.service.js';
import type { CompletedAssessmentView, FamilyCopyView, MatrixView } from './synthesis.view.js';
import { completedAssessmentSchema, familyCopySchema, matrixViewSchema, synthesisSavedSchema } from './synthesis.view.schema.js';

@Controller('cases/:caseId/assessments/:assessmentId')
export class SynthesisController {
  constructor(private readonly synthesis: SynthesisService) {}

  /** Domain × actor with disagreement per domain; each view's information class is recorded as read, with the route's record. */
  @Get('matrix')
  @CaseAccess('read')
  @AuditedRead({ resource: 'assessment-matrix', informationClass: 'shared-plan', purpose: 'care-team-work' })
  @Returns(matrixViewSchema)
  matrix(
    @CaseIdParam() caseId: string,
    @UuidParam('assessmentId') assessmentId: string,
    @CurrentUser() caller: AuthenticatedUser,
    @CurrentCaseReader() reader: CaseReader,
    @AlsoAuditedRecords() also: AlsoAudited,
  ): Promise<MatrixView> {
    return this.synthesis.matrix(caseId, assessmentId, caller, reader, also);
  }

  @Put('synthesis')
  @CaseAccess('write')
  @RequireRoles('cp-social-worker')
  @Returns(synthesisSavedSchema)
  save(
    @CaseIdParam() caseId: string,
    @UuidParam('assessmentId') assessmentId: string,
    @ZodBody(saveSynthesisCommand) command: SaveSynthesisCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<{ version: number; draft: StoredSynthesis }> {
    return this.synthesis.save(caseId, assessmentId, command, caller);
  }

  @Post('complete')
  @HttpCode(200)
  @CaseAccess('write')
  @RequireRoles('cp-social-worker')
  @Returns(completedAssessmentSchema)
  complete(
    @CaseIdParam() caseId: string,
    @UuidParam('assessmentId') assessmentId: string,
    @ZodBody(completeAssessmentCommand) command: CompleteAssessmentCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<CompletedAssessmentView> {
    return this.synthesis.complete(caseId, assessmentId, command, caller);
  }

  /** The completed synthesis in plain language, for the family and everyone on the care team. */
  @Get('family-copy')
  @CaseAccess('read')
  @AuditedRead({ resource: 'assessment-family-copy', informationClass: 'shared-plan', purpose: 'care-team-work' })
  @Returns(familyCopySchema)
  familyCopy(@CaseIdParam() caseId: string, @UuidParam('assessmentId') assessmentId: string): Promise<FamilyCopyView> {
    return this.synthesis.familyCopy(caseId, assessmentId);
  }
}
