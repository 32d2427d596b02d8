import { Module } from '@nestjs/common';
import { AssessmentRepository } from './assessment.repository.js';
import { ContributionReadsAudit } from './contribution-reads.audit.js';

/** The rows several features read and lock (assessments, invitations with their views, addenda), and the audit of views read. */
@Module({
  providers: [AssessmentRepository, ContributionReadsAudit],
  exports: [AssessmentRepository, ContributionReadsAudit],
})
export class AssessmentRecordModule {}
