import { addDays, byDay, helsinkiDate, isIsoDate, isoWeekNumber, mondayOf, weekDays, weekToShow } from './week.util.js';

describe('the calendar week', () => {
  it('runs Monday to Sunday, across months and years', () => {
    expect(mondayOf('2026-12-06')).toBe('2026-11-30');
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(weekDays('2026-12-28')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
    expect(addDays('2027-03-29', -7)).toBe('2027-03-22');
  });

  it('numbers weeks as ISO 8601 does', () => {
    expect(isoWeekNumber('2026-11-30')).toBe(49);
    expect(isoWeekNumber('2027-01-03')).toBe(53);
    expect(isoWeekNumber('2027-01-04')).toBe(1);
    expect(isoWeekNumber('2026-01-01')).toBe(1);
  });

  it('takes the date on Helsinki’s calendar, not the browser’s or UTC', () => {
    expect(helsinkiDate(new Date('2026-11-29T22:30:00Z'))).toBe('2026-11-30'); // 00.30 in Helsinki
    expect(helsinkiDate('2027-03-28T21:30:00Z')).toBe('2027-03-29'); // summer time: 00.30
  });

  it('shows the week asked for, or this week for anything that is not a date', () => {
    const now = new Date('2026-12-02T10:00:00+02:00');
    expect(weekToShow('2027-03-26', now)).toBe('2027-03-22');
    for (const bad of [null, '', '2026-02-30', 'next', '2026-1-1']) expect(weekToShow(bad, now)).toBe('2026-11-30');
    expect(isIsoDate('2028-02-29')).toBe(true);
  });

  it('groups items on the day they start, dropping those outside the week', () => {
    const days = weekDays('2026-11-30');
    const grouped = byDay(days, ['2026-12-01a', '2026-12-01b', '2026-12-09x'], (item) => item.slice(0, 10));
    expect(grouped.get('2026-12-01')).toEqual(['2026-12-01a', '2026-12-01b']);
    expect([...grouped.values()].flat()).toHaveLength(2);
  });
});
