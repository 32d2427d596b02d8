import { newId } from '@yhdessa/platform';
import { startServiceUnderTest, testServiceEnv, type ServiceUnderTest } from '@yhdessa/testing';
import { loadAssessmentConfig } from '../src/assessment.config.js';
import { AssessmentModule, assessmentMessaging } from '../src/assessment.module.js';
import { assessmentMigrations } from '../src/migrations/index.js';

/** assessment as it runs in production, on a test database of its own, in a consumer group of its own. */
export async function startAssessment(database: string, overrides: Record<string, string> = {}): Promise<ServiceUnderTest> {
  const config = loadAssessmentConfig(
    testServiceEnv({ ASSESSMENT_PORT: '3002', ASSESSMENT_DB: database, KAFKA_GROUP_ID: `${database}-${newId()}`, ...overrides }),
  );
  return startServiceUnderTest({
    config,
    database,
    migrations: assessmentMigrations,
    module: AssessmentModule.forRoot(config),
    messaging: assessmentMessaging(config),
  });
}
