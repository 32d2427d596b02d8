import 'reflect-metadata';
import { runService } from '@yhdessa/runtime';
import { loadCaseCoordinationConfig } from './case-coordination.config.js';
import { CaseCoordinationModule, caseCoordinationMessaging, SERVICE_NAME } from './case-coordination.module.js';

await runService({
  name: SERVICE_NAME,
  loadConfig: loadCaseCoordinationConfig,
  port: (config) => config.CASE_COORDINATION_PORT,
  module: (config) => CaseCoordinationModule.forRoot(config),
  messaging: caseCoordinationMessaging,
});
