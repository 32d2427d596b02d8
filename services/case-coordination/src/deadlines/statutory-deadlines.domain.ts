import { z } from 'zod';
import { defaultCaseloadLimit, type CaseloadLimitStep, type CaseloadRules } from '../worker/caseload.domain.js';
import {
  addWorkingDays,
  extraClosedDaySchema,
  finnishWorkingDayCalendar,
  nextWorkingDayOnOrAfter,
  toDayNumber,
  type WorkingDayCalendar,
} from './working-days.util.js';

/** The law's numbers (DOMAIN.md), configurable. Dates are ISO calendar dates in Finland. */
export interface DeadlineRules extends CaseloadRules, WorkingDayCalendar {
  /** LSL 26 §: decision on starting a service-needs assessment, the day of receipt not counted. */
  readonly assessmentStartDecisionWorkingDays: number;
  /** SHL 36 §: the assessment is complete this many months after the matter became pending. */
  readonly serviceNeedsAssessmentMonths: number;
  /** LSL 30 §: the client plan is reviewed at least this often. */
  readonly planReviewMonths: number;
  /** An open deadline this many working days away or nearer is 'due-soon'. */
  readonly dueSoonWorkingDays: number;
}

export const defaultDeadlineRules: DeadlineRules = {
  assessmentStartDecisionWorkingDays: 7,
  serviceNeedsAssessmentMonths: 3,
  planReviewMonths: 12,
  dueSoonWorkingDays: 3,
  caseloadLimit: defaultCaseloadLimit,
  extraClosedDays: finnishWorkingDayCalendar.extraClosedDays,
};

/** The same day `months` later; a day the month lacks is its last day (31 Jan + 1 = 28/29 Feb). */
export function addMonthsClamped(date: string, months: number): string {
  toDayNumber(date); // a RangeError for what is not a calendar date
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * Act 150/1930 on computing statutory time limits: a limit that ends on a Saturday, Sunday, public
 * holiday or closed eve ends on the next working day. Every deadline below goes through here.
 */
export function statutoryDueDate(lastDay: string, calendar: WorkingDayCalendar = defaultDeadlineRules): string {
  return nextWorkingDayOnOrAfter(lastDay, calendar);
}

/** A notification received on `receivedOn`: the decision on starting a service-needs assessment is due. */
export function assessmentStartDecisionDue(receivedOn: string, rules: DeadlineRules = defaultDeadlineRules): string {
  return statutoryDueDate(addWorkingDays(receivedOn, rules.assessmentStartDecisionWorkingDays, rules), rules);
}

/** Counted from the day the matter became pending (the notification arrived), not from the start decision. */
export function serviceNeedsAssessmentDue(pendingSince: string, rules: DeadlineRules = defaultDeadlineRules): string {
  return statutoryDueDate(addMonthsClamped(pendingSince, rules.serviceNeedsAssessmentMonths), rules);
}

export function planReviewDue(lastReviewedOn: string, rules: DeadlineRules = defaultDeadlineRules): string {
  return statutoryDueDate(addMonthsClamped(lastReviewedOn, rules.planReviewMonths), rules);
}

export type DeadlineStatus = 'met' | 'open' | 'due-soon' | 'overdue';

/**
 * Overdue from the day after the due day. Due-soon when at most `dueSoonWorkingDays` working days
 * are left (`workingDaysBetween(today, dueOn)`), so on the due day itself too.
 */
export function deadlineStatus(dueOn: string, today: string, met: boolean, rules: DeadlineRules = defaultDeadlineRules): DeadlineStatus {
  if (met) return 'met';
  if (today > dueOn) return 'overdue';
  return dueOn < addWorkingDays(today, rules.dueSoonWorkingDays + 1, rules) ? 'due-soon' : 'open';
}

const count = (min: number) =>
  z.string().regex(/^\d+$/, 'expected a whole number').transform(Number).pipe(z.number().min(min));

/** `35,2024-01-01:30`: 35 before any date, 30 from 1 January 2024. A plain `30` is 30 at every date. */
const caseloadLimitSchema = z
  .string()
  .transform((value) => value.split(',').map((step) => step.trim()))
  .pipe(
    z.array(
      z.union([
        z.string().regex(/^\d+$/).transform((limit): CaseloadLimitStep => ({ from: null, limit: Number(limit) })),
        z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}:\d+$/)
          .refine((step) => z.iso.date().safeParse(step.slice(0, 10)).success)
          .transform((step): CaseloadLimitStep => ({ from: step.slice(0, 10), limit: Number(step.slice(11)) })),
      ], { error: 'expected LIMIT[,YYYY-MM-DD:LIMIT…]' }),
    ),
  )
  .refine((steps) => steps.filter((step) => step.from === null).length === 1, 'expected exactly one undated limit')
  .refine((steps) => new Set(steps.map((step) => step.from)).size === steps.length, 'expected each date once')
  .refine((steps) => steps.every((step) => step.limit >= 1), 'expected limits from 1');

const extraClosedDaysSchema = z
  .string()
  .transform((value) => value.split(',').map((day) => day.trim()).filter((day) => day !== ''))
  .pipe(z.array(extraClosedDaySchema));

const envSchema = z.object({
  ASSESSMENT_START_DECISION_WORKING_DAYS: count(1).default(defaultDeadlineRules.assessmentStartDecisionWorkingDays),
  SERVICE_NEEDS_ASSESSMENT_MONTHS: count(1).default(defaultDeadlineRules.serviceNeedsAssessmentMonths),
  PLAN_REVIEW_MONTHS: count(1).default(defaultDeadlineRules.planReviewMonths),
  DEADLINE_DUE_SOON_WORKING_DAYS: count(0).default(defaultDeadlineRules.dueSoonWorkingDays),
  CASELOAD_LIMIT: caseloadLimitSchema.optional(),
  /** Comma-separated: christmas-eve, midsummer-eve, MM-DD or YYYY-MM-DD; empty for none. */
  EXTRA_CLOSED_DAYS: extraClosedDaysSchema.optional(),
});

/**
 * The rules from the environment, the law's defaults for what is not set. A bad value stops the
 * service with one line naming the variable (never its value).
 */
export function deadlineRulesFromEnv(env: Record<string, string | undefined>): DeadlineRules {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`configuration: ${String(issue.path[0])} is invalid (${issue.message})`);
  }
  const parsed = result.data;
  return {
    assessmentStartDecisionWorkingDays: parsed.ASSESSMENT_START_DECISION_WORKING_DAYS,
    serviceNeedsAssessmentMonths: parsed.SERVICE_NEEDS_ASSESSMENT_MONTHS,
    planReviewMonths: parsed.PLAN_REVIEW_MONTHS,
    dueSoonWorkingDays: parsed.DEADLINE_DUE_SOON_WORKING_DAYS,
    caseloadLimit: parsed.CASELOAD_LIMIT ?? defaultDeadlineRules.caseloadLimit,
    extraClosedDays: parsed.EXTRA_CLOSED_DAYS ?? defaultDeadlineRules.extraClosedDays,
  };
}
