import { isCalendarDate } from '@yhdessa/calendar';
import { loadConfig } from '@yhdessa/platform';
import { z } from 'zod';
import { defaultCaseloadRules, type CaseloadLimitStep, type CaseloadRules } from './caseload.domain.js';

/** The statutory caseload limit for this service (from its configuration: see case-coordination.config.ts). */
export const CASELOAD_RULES = Symbol('CASELOAD_RULES');

/** `35,2024-01-01:30`: 35 before any date, 30 from 1 January 2024. A plain `30` is 30 at every date. */
const caseloadLimitSchema = z
  .string()
  .transform((value) => value.split(',').map((step) => step.trim()))
  .pipe(
    z.array(
      z.union(
        [
          z
            .string()
            .regex(/^\d+$/)
            .transform((limit): CaseloadLimitStep => ({ from: null, limit: Number(limit) })),
          z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}:\d+$/)
            .refine((step) => isCalendarDate(step.slice(0, 10)))
            .transform((step): CaseloadLimitStep => ({ from: step.slice(0, 10), limit: Number(step.slice(11)) })),
        ],
        { error: 'expected LIMIT[,YYYY-MM-DD:LIMIT…]' },
      ),
    ),
  )
  .refine((steps) => steps.filter((step) => step.from === null).length === 1, 'expected exactly one undated limit')
  .refine((steps) => new Set(steps.map((step) => step.from)).size === steps.length, 'expected each date once')
  .refine((steps) => steps.every((step) => step.limit >= 1), 'expected limits from 1');

const envSchema = z.object({ CASELOAD_LIMIT: caseloadLimitSchema.optional() });

/** Child clients per responsible worker, by date, from the environment; the law's schedule when unset. */
export const caseloadRulesFromEnv = (env: NodeJS.ProcessEnv): CaseloadRules => ({
  caseloadLimit: loadConfig(envSchema, env).CASELOAD_LIMIT ?? defaultCaseloadRules.caseloadLimit,
});
