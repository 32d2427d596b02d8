import { migrateDatabase } from '@yhdessa/runtime';
import { loadClientPlanConfig } from './client-plan.config.js';
import { clientPlanMigrations } from './migrations/index.js';

const config = loadClientPlanConfig();
await migrateDatabase(config, config.CLIENT_PLAN_DB, clientPlanMigrations);
