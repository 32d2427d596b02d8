import { Module } from '@nestjs/common';
import { Clock } from '@yhdessa/platform';
import { CaseRecordModule } from '../case-record/case-record.module.js';
import { CaseStatePublisher } from './case-state.publisher.js';

/** Each case's whole care team and consents on `case.state`, written by the features that change them. */
@Module({
  imports: [CaseRecordModule],
  providers: [Clock, CaseStatePublisher],
  exports: [CaseStatePublisher],
})
export class CaseStateModule {}
