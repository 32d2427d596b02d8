import { loadConfig } from '@yhdessa/platform';
import { z } from 'zod';
import { defaultTeamRules, type TeamRules } from './team-composition.domain.js';

export const TEAM_RULES = Symbol('TEAM_RULES');

const envSchema = z.object({
  /** At most this many social workers on one systemic team (DOMAIN.md: 3–4). */
  TEAM_MAX_SOCIAL_WORKERS: z.coerce.number().int().min(1).max(20).default(defaultTeamRules.maxSocialWorkers),
});

/** The team composition limits from the environment; a bad value stops the service naming it. */
export const teamRulesFromEnv = (env: NodeJS.ProcessEnv): TeamRules => ({
  maxSocialWorkers: loadConfig(envSchema, env).TEAM_MAX_SOCIAL_WORKERS,
});
