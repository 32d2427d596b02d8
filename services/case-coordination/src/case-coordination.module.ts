import { Module, type DynamicModule } from '@nestjs/common';
import { topics } from '@yhdessa/contracts';
import { Clock } from '@yhdessa/platform';
import { serviceFoundation, serviceMessaging, type ServiceFoundationSpec } from '@yhdessa/runtime';
import type { CaseCoordinationConfig } from './case-coordination.config.js';
import { CareTeamMemberEntity } from './care-team/care-team-member.entity.js';
import { CareTeamController } from './care-team/care-team.controller.js';
import { CareTeamService } from './care-team/care-team.service.js';
import { CaseMemberGuard } from './care-team/case-member.guard.js';
import { CaseController } from './case/case.controller.js';
import { CaseEntity } from './case/case.entity.js';
import { CaseService } from './case/case.service.js';
import { caseCoordinationMigrations } from './migrations/index.js';

export const SERVICE_NAME = 'case-coordination';

const foundation = (config: CaseCoordinationConfig): ServiceFoundationSpec => ({
  name: SERVICE_NAME,
  database: config.CASE_COORDINATION_DB,
  entities: [CaseEntity, CareTeamMemberEntity],
  migrations: caseCoordinationMigrations,
  subscribesTo: [],
  publishesTo: [topics.case],
});

export const caseCoordinationMessaging = (config: CaseCoordinationConfig) => serviceMessaging(config, foundation(config));

@Module({})
export class CaseCoordinationModule {
  static forRoot(config: CaseCoordinationConfig): DynamicModule {
    return {
      module: CaseCoordinationModule,
      imports: serviceFoundation(config, foundation(config)),
      controllers: [CaseController, CareTeamController],
      providers: [Clock, CaseService, CareTeamService, CaseMemberGuard],
    };
  }
}
