import { Module, type DynamicModule } from '@nestjs/common';
import { CaseAccessModule } from '@yhdessa/access';
import { CareTeamModule } from '@yhdessa/care-team';
import { ConsentModule } from '@yhdessa/consent';
import { caseStateTopic, topics } from '@yhdessa/contracts';
import { serviceFoundation, serviceMessaging, type ServiceFoundationSpec } from '@yhdessa/runtime';
import type { AssessmentConfig } from './assessment.config.js';
import { assessmentMigrations } from './migrations/index.js';

export const SERVICE_NAME = 'assessment';

const foundation = (config: AssessmentConfig): ServiceFoundationSpec => ({
  name: SERVICE_NAME,
  database: config.ASSESSMENT_DB,
  migrations: assessmentMigrations,
  subscribesTo: [topics.case, caseStateTopic],
  publishesTo: [topics.assessment],
});

export const assessmentMessaging = (config: AssessmentConfig) => serviceMessaging(config, foundation(config));

@Module({})
export class AssessmentModule {
  static forRoot(config: AssessmentConfig): DynamicModule {
    return {
      module: AssessmentModule,
      imports: [...serviceFoundation(config, foundation(config)), CareTeamModule, ConsentModule, CaseAccessModule],
    };
  }
}
