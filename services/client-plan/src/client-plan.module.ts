import { Module, type DynamicModule } from '@nestjs/common';
import { CaseAccessModule } from '@yhdessa/access';
import { CareTeamModule } from '@yhdessa/care-team';
import { ConsentModule } from '@yhdessa/consent';
import { caseStateTopic, topics } from '@yhdessa/contracts';
import { serviceFoundation, serviceMessaging, type ServiceFoundationSpec } from '@yhdessa/runtime';
import type { ClientPlanConfig } from './client-plan.config.js';
import { clientPlanMigrations } from './migrations/index.js';

export const SERVICE_NAME = 'client-plan';

const foundation = (config: ClientPlanConfig): ServiceFoundationSpec => ({
  name: SERVICE_NAME,
  database: config.CLIENT_PLAN_DB,
  migrations: clientPlanMigrations,
  subscribesTo: [topics.case, caseStateTopic, topics.assessment],
  publishesTo: [topics.plan],
});

export const clientPlanMessaging = (config: ClientPlanConfig) => serviceMessaging(config, foundation(config));

@Module({})
export class ClientPlanModule {
  static forRoot(config: ClientPlanConfig): DynamicModule {
    return {
      module: ClientPlanModule,
      imports: [...serviceFoundation(config, foundation(config)), CareTeamModule, ConsentModule, CaseAccessModule],
    };
  }
}
