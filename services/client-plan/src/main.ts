import 'reflect-metadata';
import { runService } from '@yhdessa/runtime';
import { loadClientPlanConfig } from './client-plan.config.js';
import { ClientPlanModule, clientPlanMessaging, SERVICE_NAME } from './client-plan.module.js';

await runService({
  name: SERVICE_NAME,
  loadConfig: loadClientPlanConfig,
  port: (config) => config.CLIENT_PLAN_PORT,
  module: (config) => ClientPlanModule.forRoot(config),
  messaging: clientPlanMessaging,
});
