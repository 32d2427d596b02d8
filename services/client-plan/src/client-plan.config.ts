import { loadConfig, serviceSchema } from '@yhdessa/platform';
import type { z } from 'zod';
import type { PlanRules } from './plan-record/plan-content.domain.js';
import { planRulesFromEnv } from './plan-record/plan-rules.provider.js';
import { planWatchSettingsFromEnv, type PlanWatchSettings } from './plan-watch/plan-watch.settings.js';

const schema = serviceSchema('CLIENT_PLAN_PORT', 'CLIENT_PLAN_DB');

/** The service's settings: every variable it reads, read here once; a bad value stops it at boot naming the variable. */
export type ClientPlanConfig = z.infer<typeof schema> & { planRules: PlanRules; planWatch: PlanWatchSettings };

export const loadClientPlanConfig = (env: NodeJS.ProcessEnv = process.env): ClientPlanConfig => ({
  ...loadConfig(schema, env),
  planRules: planRulesFromEnv(env),
  planWatch: planWatchSettingsFromEnv(env),
});
