import { Module } from '@nestjs/common';
import { CareTeamMemberRepository } from './care-team-member.repository.js';
import { CaseRepository } from './case.repository.js';
import { ConsentRepository } from './consent.repository.js';

/**
 * What case-coordination is the authority for and publishes as each case's state: the case row, which
 * every feature that changes a case locks first, its care team and its consents, with the SQL of the
 * rules every feature reads them by (an active member, a consent in force). It imports no feature, so
 * the features it serves (the case's lifecycle, care team, consents, case state, deadlines, handovers,
 * access) may depend on it and on each other without a cycle.
 */
@Module({
  providers: [CaseRepository, CareTeamMemberRepository, ConsentRepository],
  exports: [CaseRepository, CareTeamMemberRepository, ConsentRepository],
})
export class CaseRecordModule {}
