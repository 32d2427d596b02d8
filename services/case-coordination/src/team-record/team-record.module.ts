import { Module } from '@nestjs/common';
import { TeamMembershipRepository } from './team-membership.repository.js';

/**
 * Systemic teams and who is on them, with the SQL of an active member. It imports no feature, so the
 * teams' own routes, their meetings, caseloads and deadlines, and case access (a case's readers include
 * the responsible worker's team) may all depend on it without a cycle.
 */
@Module({
  providers: [TeamMembershipRepository],
  exports: [TeamMembershipRepository],
})
export class TeamRecordModule {}
