import { migrateDatabase } from '@yhdessa/runtime';
import { loadAssessmentConfig } from './assessment.config.js';
import { assessmentMigrations } from './migrations/index.js';

const config = loadAssessmentConfig();
await migrateDatabase(config, config.ASSESSMENT_DB, assessmentMigrations);
