import { Module } from '@nestjs/common';
import { Clock } from '@yhdessa/platform';
import { AccessModule } from '../access/access.module.js';
import { CaseRecordModule } from '../case-record/case-record.module.js';
import { TeamRecordModule } from '../team-record/team-record.module.js';
import { TeamModule } from '../team/team.module.js';
import { MeetingAccessPolicy } from './meeting-access.policy.js';
import { MeetingController } from './meeting.controller.js';
import { MeetingService } from './meeting.service.js';
import { MinutesController } from './minutes.controller.js';
import { MinutesRepository } from './minutes.repository.js';
import { MinutesService } from './minutes.service.js';
import { TaskController } from './task.controller.js';
import { TaskService } from './task.service.js';

/** A systemic team's weekly meetings: agenda, minutes, amendments, and the tasks its decisions become. */
@Module({
  imports: [CaseRecordModule, TeamRecordModule, TeamModule, AccessModule],
  controllers: [MeetingController, MinutesController, TaskController],
  providers: [Clock, MeetingAccessPolicy, MinutesRepository, MeetingService, MinutesService, TaskService],
})
export class MeetingModule {}
