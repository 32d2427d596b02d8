import { ConfigError } from '@yhdessa/platform';
import { deadlineRulesFromEnv } from './deadline-rules.provider.js';
import { assessmentStartDecisionDue, defaultDeadlineRules } from './statutory-deadlines.domain.js';

describe('deadlineRulesFromEnv', () => {
  it('gives the law’s defaults when nothing is set', () => {
    expect(deadlineRulesFromEnv({})).toEqual(defaultDeadlineRules);
    expect(defaultDeadlineRules).toEqual({
      assessmentStartDecisionWorkingDays: 7,
      serviceNeedsAssessmentMonths: 3,
      planReviewMonths: 12,
      dueSoonWorkingDays: 3,
      extraClosedDays: ['christmas-eve', 'midsummer-eve'],
    });
  });

  it('reads every rule', () => {
    expect(
      deadlineRulesFromEnv({
        ASSESSMENT_START_DECISION_WORKING_DAYS: '5',
        SERVICE_NEEDS_ASSESSMENT_MONTHS: '2',
        PLAN_REVIEW_MONTHS: '6',
        DEADLINE_DUE_SOON_WORKING_DAYS: '0',
        EXTRA_CLOSED_DAYS: 'midsummer-eve, 12-31, 2026-05-15',
      }),
    ).toEqual({
      assessmentStartDecisionWorkingDays: 5,
      serviceNeedsAssessmentMonths: 2,
      planReviewMonths: 6,
      dueSoonWorkingDays: 0,
      extraClosedDays: ['midsummer-eve', '12-31', '2026-05-15'],
    });
  });

  it('takes an empty list of extra closed days', () => {
    const rules = deadlineRulesFromEnv({ EXTRA_CLOSED_DAYS: '' });
    expect(rules.extraClosedDays).toEqual([]);
    expect(assessmentStartDecisionDue('2026-12-23', rules)).toBe('2027-01-05');
  });

  it.each([
    ['ASSESSMENT_START_DECISION_WORKING_DAYS', '0'],
    ['ASSESSMENT_START_DECISION_WORKING_DAYS', 'seven'],
    ['ASSESSMENT_START_DECISION_WORKING_DAYS', '7.5'],
    ['ASSESSMENT_START_DECISION_WORKING_DAYS', ''],
    ['SERVICE_NEEDS_ASSESSMENT_MONTHS', '-3'],
    ['PLAN_REVIEW_MONTHS', '0'],
    ['DEADLINE_DUE_SOON_WORKING_DAYS', 'soon'],
    ['EXTRA_CLOSED_DAYS', 'christmas-eve,easter'],
    ['EXTRA_CLOSED_DAYS', '02-30'],
  ])('stops on %s=%j with one line naming it, not echoing the value', (variable, value) => {
    let error: unknown;
    try {
      deadlineRulesFromEnv({ [variable]: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(new RegExp(`^configuration: ${variable} is (invalid|missing)`));
    expect(message.split('\n')).toHaveLength(1);
    if (value.length > 2) expect(message).not.toContain(value);
  });
});
