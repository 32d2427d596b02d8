import {
  addMonths,
  addWorkingDays,
  finnishWorkingDayCalendar,
  statutoryDueDate,
  type WorkingDayCalendar,
} from '@yhdessa/calendar';

/** The law's numbers (DOMAIN.md), configurable. Dates are ISO calendar dates in Finland. */
export interface DeadlineRules extends WorkingDayCalendar {
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
  extraClosedDays: finnishWorkingDayCalendar.extraClosedDays,
};

/** A notification received on `receivedOn`: the decision on starting a service-needs assessment is due. */
export function assessmentStartDecisionDue(receivedOn: string, rules: DeadlineRules = defaultDeadlineRules): string {
  return statutoryDueDate(addWorkingDays(receivedOn, rules.assessmentStartDecisionWorkingDays, rules), rules);
}

/** Counted from the day the matter became pending (the notification arrived), not from the start decision. */
export function serviceNeedsAssessmentDue(pendingSince: string, rules: DeadlineRules = defaultDeadlineRules): string {
  return statutoryDueDate(addMonths(pendingSince, rules.serviceNeedsAssessmentMonths), rules);
}

export function planReviewDue(lastReviewedOn: string, rules: DeadlineRules = defaultDeadlineRules): string {
  return statutoryDueDate(addMonths(lastReviewedOn, rules.planReviewMonths), rules);
}

export type DeadlineStatus = 'met' | 'open' | 'due-soon' | 'overdue';

/**
 * Overdue from the day after the due day. Due-soon when at most `dueSoonWorkingDays` working days
 * are left (`workingDaysBetween(today, dueOn)`), so on the due day itself too.
 */
export function deadlineStatus(
  dueOn: string,
  today: string,
  met: boolean,
  rules: DeadlineRules = defaultDeadlineRules,
): DeadlineStatus {
  if (met) return 'met';
  if (today > dueOn) return 'overdue';
  return dueOn < addWorkingDays(today, rules.dueSoonWorkingDays + 1, rules) ? 'due-soon' : 'open';
}

/** Met after its due day (`metOn` the Finnish day it was met): a late completion stays recorded as late. */
export function metLate(dueOn: string, metOn: string | null): boolean {
  return metOn !== null && metOn > dueOn;
}
