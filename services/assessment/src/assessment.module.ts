import { Module, type DynamicModule } from '@nestjs/common';
import { CaseAccessModule } from '@yhdessa/access';
import { CareTeamModule } from '@yhdessa/care-team';
import { ConsentModule } from '@yhdessa/consent';
import { caseStateTopic, topics } from '@yhdessa/contracts';
import { constraintErrorProviders } from '@yhdessa/platform';
import { serviceFoundation, serviceMessaging, type ServiceFoundationSpec } from '@yhdessa/runtime';
import type { AssessmentConfig } from './assessment.config.js';
import { AssessmentFeatureModule } from './assessment/assessment.module.js';
import { ContributionModule } from './contribution/contribution.module.js';
import { FrameModule } from './frame/frame.module.js';
import { assessmentConstraintErrors } from './migrations/constraint-errors.js';
import { assessmentMigrations } from './migrations/index.js';
import { OverdueModule } from './overdue/overdue.module.js';
import { SynthesisModule } from './synthesis/synthesis.module.js';
import { VisibilityModule } from './visibility/visibility.module.js';

export const SERVICE_NAME = 'assessment';

const foundation = (config: AssessmentConfig): ServiceFoundationSpec => ({
  name: SERVICE_NAME,
  database: config.ASSESSMENT_DB,
  migrations: assessmentMigrations,
  subscribesTo: [topics.case, caseStateTopic],
  publishesTo: [topics.assessment],
});

export const assessmentMessaging = (config: AssessmentConfig) => serviceMessaging(config, foundation(config));

/** The service: the foundation every service shares, the care-team and consent projections, and one module per feature. */
@Module({})
export class AssessmentModule {
  static forRoot(config: AssessmentConfig): DynamicModule {
    return {
      module: AssessmentModule,
      imports: [
        ...serviceFoundation(config, foundation(config)),
        CareTeamModule,
        ConsentModule,
        CaseAccessModule,
        FrameModule,
        AssessmentFeatureModule,
        ContributionModule,
        SynthesisModule,
        OverdueModule.forRoot(config.ASSESSMENT_OVERDUE_WATCH_INTERVAL_MS),
        VisibilityModule,
      ],
      providers: [...constraintErrorProviders(assessmentConstraintErrors)],
    };
  }
}
