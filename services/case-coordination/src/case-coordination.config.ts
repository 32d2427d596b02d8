import { loadConfig, serviceSchema } from '@yhdessa/platform';
import type { z } from 'zod';
import { deadlineRulesFromEnv, type DeadlineRules } from './deadlines/statutory-deadlines.domain.js';
import type { TeamRules } from './team/team-composition.domain.js';
import { teamRulesFromEnv } from './team/team-rules.provider.js';

const schema = serviceSchema('CASE_COORDINATION_PORT', 'CASE_COORDINATION_DB');

/** The service's settings, with the law's numbers and the team limits; a bad value stops it at boot. */
export type CaseCoordinationConfig = z.infer<typeof schema> & { deadlineRules: DeadlineRules; teamRules: TeamRules };

export const loadCaseCoordinationConfig = (env: NodeJS.ProcessEnv = process.env): CaseCoordinationConfig => ({
  ...loadConfig(schema, env),
  deadlineRules: deadlineRulesFromEnv(env),
  teamRules: teamRulesFromEnv(env),
});
