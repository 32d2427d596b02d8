import { addCalendarDays, workingDaysBetween } from '@yhdessa/calendar';
import {
  assessmentStartDecisionDue,
  deadlineStatus,
  metLate,
  defaultDeadlineRules,
  planReviewDue,
  serviceNeedsAssessmentDue,
  type DeadlineRules,
} from './statutory-deadlines.domain.js';

const withoutEves: DeadlineRules = { ...defaultDeadlineRules, extraClosedDays: [] };

describe('journey 1: a notification received on Wed 23 December 2026', () => {
  it('the decision on starting a service-needs assessment is due Thu 7 January 2027', () => {
    // Receipt day not counted; closed: 24–27 Dec, 1–3 Jan, 6 Jan. Working days: 28, 29, 30, 31 Dec, 4, 5, 7 Jan.
    expect(assessmentStartDecisionDue('2026-12-23')).toBe('2027-01-07');
  });

  it('the service-needs assessment is due Tue 23 March 2027, three months from receipt', () => {
    expect(serviceNeedsAssessmentDue('2026-12-23')).toBe('2027-03-23');
  });

  it('counts the assessment from receipt, not from the start decision', () => {
    const decidedOn = assessmentStartDecisionDue('2026-12-23');
    expect(serviceNeedsAssessmentDue('2026-12-23')).not.toBe(serviceNeedsAssessmentDue(decidedOn));
    expect(serviceNeedsAssessmentDue(decidedOn)).toBe('2027-04-07');
  });

  it('a plan made that day is reviewed by Thu 23 December 2027', () => {
    expect(planReviewDue('2026-12-23')).toBe('2027-12-23');
  });
});

describe('assessmentStartDecisionDue', () => {
  it.each([
    ['2026-03-02', '2026-03-11', 'an ordinary Monday: Tue–Fri, Mon–Wed'],
    ['2026-03-31', '2026-04-13', 'over Easter 2026: 1, 2, 7, 8, 9, 10, 13 Apr'],
    ['2027-03-22', '2027-04-02', 'over Easter 2027: 23, 24, 25, 30, 31 Mar, 1, 2 Apr'],
    ['2026-06-15', '2026-06-25', 'over Midsummer 2026: 16, 17, 18, 22, 23, 24, 25 Jun'],
    ['2026-04-29', '2026-05-11', 'over May Day: 30 Apr, 4–8 May, 11 May'],
    ['2026-05-11', '2026-05-21', 'over Ascension: 12, 13, 15, 18, 19, 20, 21 May'],
    ['2027-12-01', '2027-12-13', 'over Independence Day 2027: 2, 3, 7, 8, 9, 10, 13 Dec'],
    ['2026-12-24', '2027-01-07', 'received on Christmas Eve: the same days as from 23 Dec'],
    ['2026-12-26', '2027-01-07', 'received on a Saturday'],
    ['2027-12-22', '2028-01-03', 'Christmas 2027: 23, 27, 28, 29, 30, 31 Dec, 3 Jan'],
  ])('received %s → due %s (%s)', (receivedOn, expected) => {
    expect(assessmentStartDecisionDue(receivedOn)).toBe(expected);
  });

  it('follows the configured number of working days and closed days', () => {
    expect(assessmentStartDecisionDue('2026-12-23', withoutEves)).toBe('2027-01-05');
    expect(assessmentStartDecisionDue('2026-12-23', { ...defaultDeadlineRules, assessmentStartDecisionWorkingDays: 10 })).toBe(
      '2027-01-12',
    );
  });
});

describe('serviceNeedsAssessmentDue', () => {
  it.each([
    ['2026-10-15', '2027-01-15', 'a working day'],
    ['2026-11-30', '2027-03-01', '28 Feb 2027 is a Sunday'],
    ['2027-11-30', '2028-02-29', 'leap year: Tue 29 Feb 2028'],
    ['2025-11-29', '2026-03-02', '28 Feb 2026 is a Saturday'],
    ['2023-11-30', '2024-02-29', 'leap year 2024: Thu 29 Feb'],
    ['2026-01-03', '2026-04-07', 'Good Friday, Easter, Easter Monday'],
    ['2026-12-26', '2027-03-30', 'Good Friday 2027, then Easter'],
    ['2026-12-29', '2027-03-30', 'Easter Monday 2027'],
    ['2026-02-01', '2026-05-04', 'May Day on a Friday'],
    ['2026-02-14', '2026-05-15', 'Ascension Day'],
    ['2026-03-19', '2026-06-22', 'Midsummer Eve'],
    ['2026-03-20', '2026-06-22', 'Midsummer Day'],
    ['2026-09-24', '2026-12-28', 'Christmas Eve'],
    ['2026-10-01', '2027-01-04', 'New Year’s Day'],
    ['2026-10-06', '2027-01-07', 'Epiphany'],
    ['2027-09-06', '2027-12-07', 'Independence Day on a Monday'],
  ])('pending since %s → due %s (%s)', (pendingSince, expected) => {
    expect(serviceNeedsAssessmentDue(pendingSince)).toBe(expected);
  });

  it('follows the configured months and closed days', () => {
    expect(serviceNeedsAssessmentDue('2026-09-24', withoutEves)).toBe('2026-12-24');
    expect(serviceNeedsAssessmentDue('2026-12-23', { ...defaultDeadlineRules, serviceNeedsAssessmentMonths: 6 })).toBe(
      '2027-06-23',
    );
  });
});

describe('planReviewDue', () => {
  it.each([
    ['2026-03-10', '2027-03-10', 'a working day'],
    ['2024-02-29', '2025-02-28', 'from a leap day to a Friday'],
    ['2028-02-29', '2029-02-28', 'from a leap day to a Wednesday'],
    ['2027-02-27', '2028-02-28', 'Sun 27 Feb 2028 → Mon 28 Feb'],
    ['2025-06-19', '2026-06-22', 'Midsummer Eve'],
    ['2025-12-25', '2026-12-28', 'Christmas Day'],
    ['2026-01-01', '2027-01-04', 'New Year’s Day'],
    ['2026-04-05', '2027-04-05', 'Easter 2026 falls on other days in 2027'],
    ['2026-03-26', '2027-03-30', 'Good Friday 2027'],
    ['2026-12-06', '2027-12-07', 'Independence Day'],
  ])('reviewed %s → next review %s (%s)', (lastReviewedOn, expected) => {
    expect(planReviewDue(lastReviewedOn)).toBe(expected);
  });

  it('follows the configured months', () => {
    expect(planReviewDue('2026-12-23', { ...defaultDeadlineRules, planReviewMonths: 6 })).toBe('2027-06-23');
  });
});

describe('deadlineStatus', () => {
  const dueOn = '2027-01-07';

  it('is met once met, even late', () => {
    expect(deadlineStatus(dueOn, '2026-12-23', true)).toBe('met');
    expect(deadlineStatus(dueOn, '2027-02-01', true)).toBe('met');
  });

  it.each([
    ['2026-12-23', 'open', '7 working days left'],
    ['2026-12-30', 'open', '4 left: 31 Dec, 4, 5, 7 Jan'],
    ['2026-12-31', 'due-soon', '3 left: 4, 5, 7 Jan'],
    ['2027-01-01', 'due-soon', '3 left from a holiday'],
    ['2027-01-04', 'due-soon', '2 left: 5, 7 Jan'],
    ['2027-01-06', 'due-soon', '1 left'],
    ['2027-01-07', 'due-soon', 'the due day'],
    ['2027-01-08', 'overdue', 'the day after'],
    ['2027-03-01', 'overdue', 'long after'],
  ])('on %s an unmet deadline due 7 Jan 2027 is %s (%s)', (today, expected) => {
    expect(deadlineStatus(dueOn, today, false)).toBe(expected);
  });

  it('follows the configured warning window', () => {
    const none: DeadlineRules = { ...defaultDeadlineRules, dueSoonWorkingDays: 0 };
    expect(deadlineStatus(dueOn, '2027-01-07', false, none)).toBe('due-soon');
    expect(deadlineStatus(dueOn, '2027-01-05', false, none)).toBe('open');
    const week: DeadlineRules = { ...defaultDeadlineRules, dueSoonWorkingDays: 5 };
    expect(deadlineStatus(dueOn, '2026-12-29', false, week)).toBe('due-soon');
    expect(deadlineStatus(dueOn, '2026-12-28', false, week)).toBe('open');
  });

  it('is due-soon exactly when workingDaysBetween(today, dueOn) is within the window', () => {
    for (const due of ['2027-01-07', '2026-04-07', '2026-06-22', '2027-12-07']) {
      for (let back = 0; back <= 20; back += 1) {
        const today = addCalendarDays(due, -back);
        const expected = workingDaysBetween(today, due) <= defaultDeadlineRules.dueSoonWorkingDays ? 'due-soon' : 'open';
        expect(deadlineStatus(due, today, false)).toBe(expected);
      }
    }
  });
});

describe('metLate', () => {
  it('is late only when met after the due day', () => {
    expect(metLate('2027-03-23', '2027-03-23')).toBe(false);
    expect(metLate('2027-03-23', '2027-03-24')).toBe(true);
    expect(metLate('2027-03-23', null)).toBe(false);
  });
});
