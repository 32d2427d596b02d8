import { startServiceFixture, type ServiceFixture, type ServiceFixtureOptions } from '@yhdessa/testing';
import { loadClientPlanConfig, type ClientPlanConfig } from '../src/client-plan.config.js';
import { ClientPlanModule, clientPlanMessaging, SERVICE_NAME } from '../src/client-plan.module.js';
import { clientPlanMigrations } from '../src/migrations/index.js';

/** client-plan as it runs in production, on a test database of its own, in a consumer group of its own. */
export function startClientPlan(
  database: string,
  options: Omit<ServiceFixtureOptions, 'database'> = {},
): Promise<ServiceFixture<ClientPlanConfig>> {
  return startServiceFixture(
    {
      name: SERVICE_NAME,
      loadConfig: loadClientPlanConfig,
      module: (config) => ClientPlanModule.forRoot(config),
      messaging: clientPlanMessaging,
      migrations: clientPlanMigrations,
    },
    { ...options, database },
  );
}
