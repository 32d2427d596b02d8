import { Module } from '@nestjs/common';
import { CareTeamModule } from '@yhdessa/care-team';
import { ConsentModule } from '@yhdessa/consent';
import { Clock } from '@yhdessa/platform';
import { CaseAccessPolicy } from '../case/case-access.js';
import { CaseReaders } from '../case/case-readers.js';
import { GuardedRoutesModule } from '../seam/guarded-routes.module.js';
import { CareTeamCaseReaders } from './care-team-case-readers.js';

/**
 * `@CaseAccess` for a service that authorises by its care-team and consent projections (assessment,
 * client plan, booking), and the boot check that each of their routes naming a `:caseId` declares it.
 * case-coordination provides `CaseReaders` from its own tables instead.
 */
@Module({
  imports: [CareTeamModule, ConsentModule, GuardedRoutesModule.forRoot(['caseId'])],
  providers: [Clock, { provide: CaseReaders, useClass: CareTeamCaseReaders }, CaseAccessPolicy],
  exports: [CaseReaders, CaseAccessPolicy],
})
export class CaseAccessModule {}
