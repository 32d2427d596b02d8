import { Module } from '@nestjs/common';
import { Clock } from '@yhdessa/platform';
import { AccessModule } from '../access/access.module.js';
import { TeamRecordModule } from '../team-record/team-record.module.js';
import { TeamAccessPolicy } from './team-access.policy.js';
import { TeamController } from './team.controller.js';
import { TeamService } from './team.service.js';

/** Systemic teams: who sits on them, and their cases. Exports `@TeamAccess`'s rule, which guards every route under a team. */
@Module({
  imports: [TeamRecordModule, AccessModule],
  controllers: [TeamController],
  providers: [Clock, TeamService, TeamAccessPolicy],
  exports: [TeamAccessPolicy],
})
export class TeamModule {}
