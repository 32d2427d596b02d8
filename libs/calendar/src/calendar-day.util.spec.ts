import { addCalendarDays, fromDayNumber, isCalendarDate, toDayNumber, weekday } from './calendar-day.util.js';

describe('calendar days', () => {
  it('numbers days from 1970-01-01 and back', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2026-12-23')).toBe(20_810); // 56 × 365 + 14 leap days to 2026-01-01, + 356
    expect(fromDayNumber(20_810)).toBe('2026-12-23');
  });

  it.each([['2027-02-29'], ['2026-13-01'], ['2026-04-31'], ['26-01-01'], ['2026-1-1'], [''], ['2026-01-01T00:00']])(
    '%j is not a calendar date',
    (value) => {
      expect(isCalendarDate(value)).toBe(false);
      expect(() => toDayNumber(value)).toThrow(RangeError);
    },
  );

  it('adds days across month, year and leap-day ends', () => {
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2027-01-01', -1)).toBe('2026-12-31');
  });

  it('names the weekday, Sunday 0', () => {
    expect(weekday('2026-12-23')).toBe(3);
    expect(weekday('2027-02-28')).toBe(0);
    expect(weekday('2026-02-28')).toBe(6);
  });
});
