import { Module } from '@nestjs/common';
import { Clock } from '@yhdessa/platform';
import { CaseRecordModule } from '../case-record/case-record.module.js';
import { CaseStateModule } from '../case-state/case-state.module.js';
import { ConsentController } from './consent.controller.js';
import { ConsentService } from './consent.service.js';

/** Consents of guardians and young people, given and withdrawn. */
@Module({
  imports: [CaseRecordModule, CaseStateModule],
  controllers: [ConsentController],
  providers: [Clock, ConsentService],
})
export class ConsentModule {}
