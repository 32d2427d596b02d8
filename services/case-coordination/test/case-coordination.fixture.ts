import { startServiceFixture, type ServiceFixture, type ServiceFixtureOptions } from '@yhdessa/testing';
import { DataSource } from 'typeorm';
import { loadCaseCoordinationConfig, type CaseCoordinationConfig } from '../src/case-coordination.config.js';
import { CaseCoordinationModule, caseCoordinationMessaging, SERVICE_NAME } from '../src/case-coordination.module.js';
import { caseCoordinationMigrations } from '../src/migrations/index.js';

export { claims, type Answer } from '@yhdessa/testing';

export interface CaseCoordinationUnderTest extends ServiceFixture<CaseCoordinationConfig> {
  dataSource: DataSource;
}

/** case-coordination as it runs in production, on a test database of its own and its own consumer group. */
export async function startCaseCoordination(
  database: string,
  options: Omit<ServiceFixtureOptions, 'database'> = {},
): Promise<CaseCoordinationUnderTest> {
  const service = await startServiceFixture(
    {
      name: SERVICE_NAME,
      loadConfig: loadCaseCoordinationConfig,
      module: (config) => CaseCoordinationModule.forRoot(config),
      messaging: caseCoordinationMessaging,
      migrations: caseCoordinationMigrations,
    },
    { ...options, database },
  );
  return { ...service, dataSource: service.app.get(DataSource) };
}
