import { loadConfig, serviceSchema } from '@yhdessa/platform';
import type { z } from 'zod';

const schema = serviceSchema('CLIENT_PLAN_PORT', 'CLIENT_PLAN_DB');
export type ClientPlanConfig = z.infer<typeof schema>;

export const loadClientPlanConfig = (env: NodeJS.ProcessEnv = process.env): ClientPlanConfig => loadConfig(schema, env);
