import { Module } from '@nestjs/common';
import { Clock } from '@yhdessa/platform';
import { CaseModule } from '../case/case.module.js';
import { IntakeController } from './intake.controller.js';
import { IntakeProjection } from './intake.projection.js';
import { IntakeService } from './intake.service.js';

/** Intake's inbox of notifications and referrals from consultations, and opening a case from one. */
@Module({
  imports: [CaseModule],
  controllers: [IntakeController],
  providers: [Clock, IntakeService, IntakeProjection],
})
export class IntakeModule {}
