import { loadConfig, serviceSchema } from '@yhdessa/platform';
import type { z } from 'zod';

const schema = serviceSchema('ASSESSMENT_PORT', 'ASSESSMENT_DB');
export type AssessmentConfig = z.infer<typeof schema>;

export const loadAssessmentConfig = (env: NodeJS.ProcessEnv = process.env): AssessmentConfig => loadConfig(schema, env);
