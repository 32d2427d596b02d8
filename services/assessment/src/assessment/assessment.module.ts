import { Module } from '@nestjs/common';
import { CaseAccessModule } from '@yhdessa/access';
import { CareTeamModule } from '@yhdessa/care-team';
import { Clock } from '@yhdessa/platform';
import { AssessmentRecordModule } from '../assessment-record/assessment-record.module.js';
import { FrameModule } from '../frame/frame.module.js';
import { AssessmentController, AssessmentHomeController } from './assessment.controller.js';
import { AssessmentService } from './assessment.service.js';

/** Starting an assessment, its invitations, and what the lead and the invitees see on their homes. */
@Module({
  imports: [AssessmentRecordModule, FrameModule, CareTeamModule, CaseAccessModule],
  controllers: [AssessmentController, AssessmentHomeController],
  providers: [Clock, AssessmentService],
})
export class AssessmentFeatureModule {}
