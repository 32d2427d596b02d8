import { loadConfig } from '@yhdessa/platform';
import { z } from 'zod';
import { defaultPlanRules, type PlanRules } from './plan-content.domain.js';

/** The plan's rules for this service (from its configuration: see client-plan.config.ts). */
export const PLAN_RULES = Symbol('PLAN_RULES');

const count = (min: number, max: number) =>
  z.string().regex(/^\d+$/, 'expected a whole number').transform(Number).pipe(z.number().min(min).max(max));

const envSchema = z.object({
  /** The longest time to a plan's review, in months (LSL 30 §: at least once a year). */
  PLAN_REVIEW_MONTHS: count(1, 12).default(defaultPlanRules.reviewMaxMonths),
  /** How long a sign-off round stays open, in days. */
  PLAN_SIGN_OFF_DAYS: count(1, 90).default(defaultPlanRules.signOffRoundDays),
});

/** The plan rules from the environment, the defaults for what is not set; a bad value stops the service naming the variable. */
export function planRulesFromEnv(env: NodeJS.ProcessEnv): PlanRules {
  const parsed = loadConfig(envSchema, env);
  return { reviewMaxMonths: parsed.PLAN_REVIEW_MONTHS, signOffRoundDays: parsed.PLAN_SIGN_OFF_DAYS };
}
