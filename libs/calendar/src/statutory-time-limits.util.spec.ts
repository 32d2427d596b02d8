import { addMonths, statutoryDueDate } from './statutory-time-limits.util.js';

describe('addMonths (Act 150/1930, 4 §)', () => {
  it.each([
    ['2026-12-23', 3, '2027-03-23'],
    ['2026-10-15', 3, '2027-01-15'],
    ['2026-03-02', 12, '2027-03-02'],
    ['2026-11-15', 3, '2027-02-15'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-03-31', 3, '2026-06-30'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2028-02-29', 48, '2032-02-29'],
    ['2099-12-31', 2, '2100-02-28'],
    ['2026-05-20', 0, '2026-05-20'],
    ['2027-03-31', -1, '2027-02-28'],
    ['2027-01-15', -3, '2026-10-15'],
    ['2030-02-28', -216, '2012-02-28'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('refuses what is not a calendar date, and part of a month', () => {
    expect(() => addMonths('2027-02-29', 3)).toThrow(RangeError);
    expect(() => addMonths('2027-1-05', 3)).toThrow(RangeError);
    expect(() => addMonths('2027-01-05', 1.5)).toThrow(RangeError);
  });
});

describe('statutoryDueDate (Act 150/1930, 5 §)', () => {
  it.each([
    ['2027-03-23', '2027-03-23', 'a working day stays'],
    ['2027-02-28', '2027-03-01', 'Sunday'],
    ['2026-02-28', '2026-03-02', 'Saturday'],
    ['2026-04-03', '2026-04-07', 'Good Friday'],
    ['2027-03-29', '2027-03-30', 'Easter Monday'],
    ['2026-06-19', '2026-06-22', 'Midsummer Eve'],
    ['2026-12-24', '2026-12-28', 'Christmas Eve'],
    ['2027-01-01', '2027-01-04', 'New Year’s Day'],
    ['2027-12-06', '2027-12-07', 'Independence Day'],
  ])('%s → %s (%s)', (lastDay, expected) => {
    expect(statutoryDueDate(lastDay)).toBe(expected);
  });

  it('keeps an eve when the calendar does not close it', () => {
    expect(statutoryDueDate('2026-12-24', { extraClosedDays: [] })).toBe('2026-12-24');
  });
});
