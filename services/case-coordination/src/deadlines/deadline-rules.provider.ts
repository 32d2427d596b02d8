import { extraClosedDaySchema } from '@yhdessa/calendar';
import { loadConfig } from '@yhdessa/platform';
import { z } from 'zod';
import { defaultDeadlineRules, type DeadlineRules } from './statutory-deadlines.domain.js';

/** The law's numbers for this service (from its configuration: see case-coordination.config.ts). */
export const DEADLINE_RULES = Symbol('DEADLINE_RULES');

const count = (min: number) => z.string().regex(/^\d+$/, 'expected a whole number').transform(Number).pipe(z.number().min(min));

const extraClosedDaysSchema = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((day) => day.trim())
      .filter((day) => day !== ''),
  )
  .pipe(z.array(extraClosedDaySchema));

const envSchema = z.object({
  ASSESSMENT_START_DECISION_WORKING_DAYS: count(1).default(defaultDeadlineRules.assessmentStartDecisionWorkingDays),
  SERVICE_NEEDS_ASSESSMENT_MONTHS: count(1).default(defaultDeadlineRules.serviceNeedsAssessmentMonths),
  PLAN_REVIEW_MONTHS: count(1).default(defaultDeadlineRules.planReviewMonths),
  DEADLINE_DUE_SOON_WORKING_DAYS: count(0).default(defaultDeadlineRules.dueSoonWorkingDays),
  /** Comma-separated: christmas-eve, midsummer-eve, MM-DD or YYYY-MM-DD; empty for none. */
  EXTRA_CLOSED_DAYS: extraClosedDaysSchema.optional(),
});

/**
 * The deadline rules from the environment, the law's defaults for what is not set. A bad value stops
 * the service with one line naming the variable (never its value).
 */
export function deadlineRulesFromEnv(env: NodeJS.ProcessEnv): DeadlineRules {
  const parsed = loadConfig(envSchema, env);
  return {
    assessmentStartDecisionWorkingDays: parsed.ASSESSMENT_START_DECISION_WORKING_DAYS,
    serviceNeedsAssessmentMonths: parsed.SERVICE_NEEDS_ASSESSMENT_MONTHS,
    planReviewMonths: parsed.PLAN_REVIEW_MONTHS,
    dueSoonWorkingDays: parsed.DEADLINE_DUE_SOON_WORKING_DAYS,
    extraClosedDays: parsed.EXTRA_CLOSED_DAYS ?? defaultDeadlineRules.extraClosedDays,
  };
}
