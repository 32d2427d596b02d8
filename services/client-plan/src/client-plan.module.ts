import { Module, type DynamicModule } from '@nestjs/common';
import { CaseAccessModule } from '@yhdessa/access';
import { CareTeamModule } from '@yhdessa/care-team';
import { ConsentModule } from '@yhdessa/consent';
import { caseStateTopic, topics } from '@yhdessa/contracts';
import { constraintErrorProviders } from '@yhdessa/platform';
import { serviceFoundation, serviceMessaging, type ServiceFoundationSpec } from '@yhdessa/runtime';
import type { ClientPlanConfig } from './client-plan.config.js';
import { clientPlanConstraintErrors } from './migrations/constraint-errors.js';
import { clientPlanMigrations } from './migrations/index.js';
import { PlanActionModule } from './plan-action/plan-action.module.js';
import { PlanFromAssessmentModule } from './plan-from-assessment/plan-from-assessment.module.js';
import { PlanActionUpdateEntity } from './plan-record/plan-action-update.entity.js';
import { PlanRevisionEntity } from './plan-record/plan-revision.entity.js';
import { PlanSignatoryEntity } from './plan-record/plan-signatory.entity.js';
import { PlanSignatureEntity } from './plan-record/plan-signature.entity.js';
import { PlanVersionEntity } from './plan-record/plan-version.entity.js';
import { PlanEntity } from './plan-record/plan.entity.js';
import { PlanExportModule } from './plan-export/plan-export.module.js';
import { PlanPrintModule } from './plan-print/plan-print.module.js';
import { PlanWatchModule } from './plan-watch/plan-watch.module.js';
import { PlanModule } from './plan/plan.module.js';
import { SettingsModule } from './settings.module.js';
import { SignOffModule } from './sign-off/sign-off.module.js';

export const SERVICE_NAME = 'client-plan';

const foundation = (config: ClientPlanConfig): ServiceFoundationSpec => ({
  name: SERVICE_NAME,
  database: config.CLIENT_PLAN_DB,
  entities: [PlanEntity, PlanVersionEntity, PlanRevisionEntity, PlanSignatoryEntity, PlanSignatureEntity, PlanActionUpdateEntity],
  migrations: clientPlanMigrations,
  subscribesTo: [topics.case, caseStateTopic, topics.assessment],
  publishesTo: [topics.plan],
});

export const clientPlanMessaging = (config: ClientPlanConfig) => serviceMessaging(config, foundation(config));

/** The service: the foundation every service shares, the care-team and consent projections, its settings and one module per feature. */
@Module({})
export class ClientPlanModule {
  static forRoot(config: ClientPlanConfig): DynamicModule {
    return {
      module: ClientPlanModule,
      imports: [
        ...serviceFoundation(config, foundation(config)),
        CareTeamModule,
        ConsentModule,
        CaseAccessModule,
        SettingsModule.forRoot(config),
        PlanModule,
        SignOffModule,
        PlanActionModule,
        PlanFromAssessmentModule,
        PlanPrintModule,
        PlanExportModule,
        PlanWatchModule,
      ],
      providers: [...constraintErrorProviders(clientPlanConstraintErrors)],
    };
  }
}
