import { Module } from '@nestjs/common';
import { Clock } from '@yhdessa/platform';
import { BookingRecordModule } from '../booking-record/booking-record.module.js';
import { ExpertAccessPolicy } from './expert-access.policy.js';
import { ExpertController } from './expert.controller.js';
import { ExpertService } from './expert.service.js';

/** Experts in their pools, with their weekly availability and its dated exceptions. */
@Module({
  imports: [BookingRecordModule],
  controllers: [ExpertController],
  providers: [Clock, ExpertService, ExpertAccessPolicy],
  exports: [ExpertAccessPolicy],
})
export class ExpertModule {}
