import { loadConfig, serviceSchema } from '@yhdessa/platform';
import { z } from 'zod';
import { deadlineRulesFromEnv } from './deadlines/deadline-rules.provider.js';
import type { DeadlineRules } from './deadlines/statutory-deadlines.domain.js';
import type { TeamRules } from './team/team-composition.domain.js';
import { teamRulesFromEnv } from './team/team-rules.provider.js';
import type { CaseloadRules } from './worker/caseload.domain.js';
import { caseloadRulesFromEnv } from './worker/caseload-rules.provider.js';

const schema = serviceSchema('CASE_COORDINATION_PORT', 'CASE_COORDINATION_DB');

const ownSchema = z.object({
  /** How often overdue deadlines are looked for: whole milliseconds, from one second to a day. */
  DEADLINE_WATCH_INTERVAL_MS: z
    .string()
    .regex(/^\d+$/, 'expected a whole number of milliseconds')
    .transform(Number)
    .pipe(z.number().min(1_000).max(86_400_000))
    .default(60_000),
});

/**
 * The service's settings, with the law's numbers (deadlines, caseload) and the team limits: every
 * variable the service reads is read here, once, and a bad value stops it at boot naming the variable.
 */
export type CaseCoordinationConfig = z.infer<typeof schema> &
  z.infer<typeof ownSchema> & { deadlineRules: DeadlineRules; caseloadRules: CaseloadRules; teamRules: TeamRules };

export const loadCaseCoordinationConfig = (env: NodeJS.ProcessEnv = process.env): CaseCoordinationConfig => ({
  ...loadConfig(schema, env),
  ...loadConfig(ownSchema, env),
  deadlineRules: deadlineRulesFromEnv(env),
  caseloadRules: caseloadRulesFromEnv(env),
  teamRules: teamRulesFromEnv(env),
});
