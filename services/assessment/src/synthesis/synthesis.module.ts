import { Module } from '@nestjs/common';
import { CaseAccessModule } from '@yhdessa/access';
import { Clock } from '@yhdessa/platform';
import { AssessmentRecordModule } from '../assessment-record/assessment-record.module.js';
import { MatrixRepository } from './matrix.repository.js';
import { SynthesisController } from './synthesis.controller.js';
import { SynthesisService } from './synthesis.service.js';

/** The matrix of views with disagreement, the lead's synthesis and its completion, the family's copy. */
@Module({
  imports: [AssessmentRecordModule, CaseAccessModule],
  controllers: [SynthesisController],
  providers: [Clock, MatrixRepository, SynthesisService],
})
export class SynthesisModule {}
