import { Module } from '@nestjs/common';
import { CareTeamModule } from '@yhdessa/care-team';
import { Clock } from '@yhdessa/platform';
import { PlanRecordModule } from '../plan-record/plan-record.module.js';
import { ChildBirthDateController } from './child-birth-date.controller.js';
import { ChildBirthDateService } from './child-birth-date.service.js';
import { SignOffController } from './sign-off.controller.js';
import { SignOffRepository } from './sign-off.repository.js';
import { SignOffService } from './sign-off.service.js';

/** Sign-off rounds: who is asked, their signatures bound to the content's hash, declines, and the version coming into force. */
@Module({
  imports: [PlanRecordModule, CareTeamModule],
  controllers: [SignOffController, ChildBirthDateController],
  providers: [Clock, SignOffService, SignOffRepository, ChildBirthDateService],
})
export class SignOffModule {}
