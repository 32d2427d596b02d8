import { loadConfig, serviceSchema } from '@yhdessa/platform';
import type { z } from 'zod';

const schema = serviceSchema('CASE_COORDINATION_PORT', 'CASE_COORDINATION_DB');
export type CaseCoordinationConfig = z.infer<typeof schema>;

export const loadCaseCoordinationConfig = (env: NodeJS.ProcessEnv = process.env): CaseCoordinationConfig =>
  loadConfig(schema, env);
