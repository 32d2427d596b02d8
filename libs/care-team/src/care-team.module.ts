import { Module } from '@nestjs/common';
import { Clock } from '@yhdessa/platform';
import { CareTeamAccess } from './care-team-access.js';
import { CareTeamProjection } from './care-team.projection.js';

/** The care-team projection and the access check built on it. Needs MessagingModule and TypeORM. */
@Module({
  providers: [Clock, CareTeamProjection, CareTeamAccess],
  exports: [CareTeamAccess],
})
export class CareTeamModule {}
