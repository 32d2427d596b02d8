import { startServiceFixture, type ServiceFixture, type ServiceFixtureOptions } from '@yhdessa/testing';
import { loadAssessmentConfig, type AssessmentConfig } from '../src/assessment.config.js';
import { AssessmentModule, assessmentMessaging, SERVICE_NAME } from '../src/assessment.module.js';
import { assessmentMigrations } from '../src/migrations/index.js';

/** assessment as it runs in production, on a test database of its own, in a consumer group of its own. */
export function startAssessment(
  database: string,
  options: Omit<ServiceFixtureOptions, 'database'> = {},
): Promise<ServiceFixture<AssessmentConfig>> {
  return startServiceFixture(
    {
      name: SERVICE_NAME,
      loadConfig: loadAssessmentConfig,
      module: (config) => AssessmentModule.forRoot(config),
      messaging: assessmentMessaging,
      migrations: assessmentMigrations,
    },
    { ...options, database },
  );
}
