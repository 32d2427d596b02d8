import 'reflect-metadata';
import { runService } from '@yhdessa/runtime';
import { loadAssessmentConfig } from './assessment.config.js';
import { AssessmentModule, assessmentMessaging, SERVICE_NAME } from './assessment.module.js';

await runService({
  name: SERVICE_NAME,
  loadConfig: loadAssessmentConfig,
  port: (config) => config.ASSESSMENT_PORT,
  module: (config) => AssessmentModule.forRoot(config),
  messaging: assessmentMessaging,
});
