import { Module } from '@nestjs/common';
import { CaseAccessModule } from '@yhdessa/access';
import { Clock } from '@yhdessa/platform';
import { AssessmentRecordModule } from '../assessment-record/assessment-record.module.js';
import { ContributionController } from './contribution.controller.js';
import { ContributionService } from './contribution.service.js';

/** Each invitee's own view: drafts, submission, addenda, and the child's view recorded with them. */
@Module({
  imports: [AssessmentRecordModule, CaseAccessModule],
  controllers: [ContributionController],
  providers: [Clock, ContributionService],
})
export class ContributionModule {}
