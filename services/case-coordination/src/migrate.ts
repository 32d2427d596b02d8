import { migrateDatabase } from '@yhdessa/runtime';
import { loadCaseCoordinationConfig } from './case-coordination.config.js';
import { caseCoordinationMigrations } from './migrations/index.js';

const config = loadCaseCoordinationConfig();
await migrateDatabase(config, config.CASE_COORDINATION_DB, caseCoordinationMigrations);
