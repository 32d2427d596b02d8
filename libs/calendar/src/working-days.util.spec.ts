import Holidays from 'date-holidays';
import { addCalendarDays } from './calendar-day.util.js';
import {
  addWorkingDays,
  extraClosedDaySchema,
  isWorkingDay,
  nextWorkingDayOnOrAfter,
  workingDaysBetween,
  type WorkingDayCalendar,
} from './working-days.util.js';

const noExtraClosedDays: WorkingDayCalendar = { extraClosedDays: [] };

describe('isWorkingDay', () => {
  it.each([
    ['2026-01-01', 'New Year’s Day (Thu)'],
    ['2026-01-06', 'Epiphany (Tue)'],
    ['2026-04-03', 'Good Friday'],
    ['2026-04-06', 'Easter Monday'],
    ['2026-05-01', 'May Day (Fri)'],
    ['2026-05-14', 'Ascension Day (Thu)'],
    ['2026-06-19', 'Midsummer Eve (Fri)'],
    ['2026-12-24', 'Christmas Eve (Thu)'],
    ['2026-12-25', 'Christmas Day (Fri)'],
    ['2027-01-01', 'New Year’s Day (Fri)'],
    ['2027-01-06', 'Epiphany (Wed)'],
    ['2027-03-26', 'Good Friday'],
    ['2027-03-29', 'Easter Monday'],
    ['2027-05-06', 'Ascension Day (Thu)'],
    ['2027-06-25', 'Midsummer Eve (Fri)'],
    ['2027-12-06', 'Independence Day (Mon)'],
    ['2027-12-24', 'Christmas Eve (Fri)'],
    ['2025-12-26', 'St Stephen’s Day (Fri)'],
    ['2028-12-06', 'Independence Day (Wed)'],
  ])('%s is closed: %s', (date) => {
    expect(isWorkingDay(date)).toBe(false);
  });

  it.each([
    ['2026-01-03', 'Saturday'],
    ['2026-01-04', 'Sunday'],
    ['2026-04-05', 'Easter Sunday'],
    ['2026-06-20', 'Midsummer Day (Sat)'],
    ['2026-10-31', 'All Saints’ Day (Sat)'],
    ['2026-12-06', 'Independence Day (Sun)'],
    ['2026-12-26', 'St Stephen’s Day (Sat)'],
    ['2026-12-27', 'Sunday'],
  ])('%s is not a working day: %s', (date) => {
    expect(isWorkingDay(date)).toBe(false);
  });

  it.each([
    ['2026-01-02', 'Friday after New Year’s Day'],
    ['2026-01-07', 'Wednesday after Epiphany'],
    ['2026-04-02', 'Maundy Thursday'],
    ['2026-04-07', 'Tuesday after Easter'],
    ['2026-05-13', 'Wednesday before Ascension'],
    ['2026-05-15', 'Friday after Ascension'],
    ['2026-06-18', 'Thursday before Midsummer Eve'],
    ['2026-06-22', 'Monday after Midsummer'],
    ['2026-12-07', 'Monday after a Sunday Independence Day (no substitute day)'],
    ['2026-12-23', 'Wednesday before Christmas Eve'],
    ['2026-12-28', 'Monday after Christmas'],
    ['2026-12-31', 'New Year’s Eve: offices are open'],
    ['2027-01-07', 'Thursday after Epiphany'],
    ['2027-12-31', 'New Year’s Eve (Fri)'],
    ['2027-06-24', 'Thursday before Midsummer Eve'],
  ])('%s is a working day: %s', (date) => {
    expect(isWorkingDay(date)).toBe(true);
  });

  it('opens the eves when the calendar has no extra closed days', () => {
    expect(isWorkingDay('2026-12-24', noExtraClosedDays)).toBe(true);
    expect(isWorkingDay('2026-06-19', noExtraClosedDays)).toBe(true);
    expect(isWorkingDay('2026-12-25', noExtraClosedDays)).toBe(false);
  });

  it('closes configured days: every year (MM-DD) or once (YYYY-MM-DD)', () => {
    const calendar: WorkingDayCalendar = { extraClosedDays: ['christmas-eve', '12-31', '2026-05-15'] };
    expect(isWorkingDay('2026-12-31', calendar)).toBe(false);
    expect(isWorkingDay('2027-12-31', calendar)).toBe(false);
    expect(isWorkingDay('2026-05-15', calendar)).toBe(false);
    expect(isWorkingDay('2027-05-14', calendar)).toBe(true);
    expect(isWorkingDay('2026-12-24', calendar)).toBe(false);
    expect(isWorkingDay('2026-06-19', calendar)).toBe(true);
  });

  it('finds Midsummer Eve on the Friday from 19 to 25 June, as date-holidays does, 2000–2100', () => {
    const holidays = new Holidays('FI');
    for (let year = 2000; year <= 2100; year += 1) {
      const eve = holidays
        .getHolidays(year)
        .find((holiday) => holiday.rule === 'friday after 06-19')!
        .date.slice(0, 10);
      expect(isWorkingDay(eve)).toBe(false);
      expect(isWorkingDay(eve, noExtraClosedDays)).toBe(true);
      expect(isWorkingDay(addCalendarDays(eve, -1))).toBe(true);
    }
  });

  it('closes every public holiday of date-holidays FI, and leaves its New Year’s Eve bank holiday open', () => {
    const holidays = new Holidays('FI');
    for (let year = 2020; year <= 2040; year += 1) {
      for (const holiday of holidays.getHolidays(year)) {
        const date = holiday.date.slice(0, 10);
        if (holiday.type === 'public') expect(isWorkingDay(date, noExtraClosedDays)).toBe(false);
      }
      const newYearsEve = `${year}-12-31`;
      const weekday = new Date(newYearsEve).getUTCDay();
      expect(isWorkingDay(newYearsEve)).toBe(weekday !== 0 && weekday !== 6);
    }
  });

  it('rejects what is not a calendar date', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-1-5', '20261224', '', '2026-12-24T00:00:00Z']) {
      expect(() => isWorkingDay(bad)).toThrow(RangeError);
    }
  });
});

describe('addWorkingDays', () => {
  it('journey 1: a notification received on Wed 23 Dec 2026 → the start decision is due Thu 7 Jan 2027', () => {
    // Not counted: 23 Dec (receipt). Closed: 24 Dec (Christmas Eve), 25 Dec, Sat 26, Sun 27.
    // 1 = Mon 28 Dec, 2 = Tue 29, 3 = Wed 30, 4 = Thu 31 (New Year's Eve is a working day).
    // Closed: Fri 1 Jan, Sat 2, Sun 3. 5 = Mon 4 Jan, 6 = Tue 5. Closed: Wed 6 Jan (Epiphany). 7 = Thu 7 Jan.
    expect(addWorkingDays('2026-12-23', 7)).toBe('2027-01-07');
  });

  it('without the eves closed, the same notification would be due Tue 5 Jan 2027', () => {
    // 1 = Thu 24 Dec, 2 = Mon 28, 3 = Tue 29, 4 = Wed 30, 5 = Thu 31, 6 = Mon 4 Jan, 7 = Tue 5 Jan.
    expect(addWorkingDays('2026-12-23', 7, noExtraClosedDays)).toBe('2027-01-05');
  });

  it.each([
    ['2026-04-02', 1, '2026-04-07', 'Easter 2026: Good Friday to Easter Monday'],
    ['2026-04-01', 2, '2026-04-07', 'Easter 2026'],
    ['2026-03-31', 5, '2026-04-09', 'Easter 2026: Wed 1, Thu 2, Tue 7, Wed 8, Thu 9'],
    ['2027-03-25', 1, '2027-03-30', 'Easter 2027: Good Friday 26 Mar to Easter Monday 29 Mar'],
    ['2027-03-24', 3, '2027-03-31', 'Easter 2027: Thu 25, Tue 30, Wed 31'],
    ['2026-04-30', 1, '2026-05-04', 'May Day on a Friday'],
    ['2026-05-13', 1, '2026-05-15', 'Ascension Day 2026'],
    ['2027-05-05', 1, '2027-05-07', 'Ascension Day 2027'],
    ['2026-06-18', 1, '2026-06-22', 'Midsummer 2026'],
    ['2027-06-24', 1, '2027-06-28', 'Midsummer 2027'],
    ['2026-12-04', 1, '2026-12-07', 'Independence Day on a Sunday'],
    ['2027-12-03', 1, '2027-12-07', 'Independence Day on a Monday'],
    ['2026-12-23', 1, '2026-12-28', 'Christmas 2026'],
    ['2027-12-23', 1, '2027-12-27', 'Christmas 2027'],
    ['2027-12-30', 1, '2027-12-31', 'New Year’s Eve is a working day'],
    ['2027-12-31', 1, '2028-01-03', 'New Year’s Day on a Saturday'],
    ['2027-01-05', 1, '2027-01-07', 'Epiphany 2027'],
    ['2026-01-05', 1, '2026-01-07', 'Epiphany 2026'],
    ['2026-12-01', 20, '2026-12-31', 'December 2026: 3 + 5 + 5 + 3 + 4'],
    ['2026-12-25', 1, '2026-12-28', 'from a holiday'],
    ['2026-12-26', 2, '2026-12-29', 'from a Saturday'],
    ['2026-03-02', 5, '2026-03-09', 'an ordinary week'],
  ])('%s + %i working days = %s (%s)', (date, n, expected) => {
    expect(addWorkingDays(date, n)).toBe(expected);
  });

  it('adds nothing for 0, even from a closed day', () => {
    expect(addWorkingDays('2026-12-25', 0)).toBe('2026-12-25');
    expect(addWorkingDays('2026-12-23', 0)).toBe('2026-12-23');
  });

  it('skips configured closed days', () => {
    // 1–3 = 28–30 Dec; 31 Dec closed; 4 = Mon 4 Jan, 5 = Tue 5, 6 = Thu 7, 7 = Fri 8 Jan.
    expect(addWorkingDays('2026-12-23', 7, { extraClosedDays: ['christmas-eve', '12-31'] })).toBe('2027-01-08');
  });

  it('takes only whole numbers from 0', () => {
    expect(() => addWorkingDays('2026-12-23', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-12-23', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-12-32', 0)).toThrow(RangeError);
  });
});

describe('nextWorkingDayOnOrAfter', () => {
  it.each([
    ['2026-12-23', '2026-12-23'],
    ['2026-12-24', '2026-12-28'],
    ['2026-12-26', '2026-12-28'],
    ['2026-04-03', '2026-04-07'],
    ['2026-04-05', '2026-04-07'],
    ['2027-03-26', '2027-03-30'],
    ['2026-05-01', '2026-05-04'],
    ['2026-05-14', '2026-05-15'],
    ['2026-06-19', '2026-06-22'],
    ['2026-06-20', '2026-06-22'],
    ['2026-10-31', '2026-11-02'],
    ['2026-12-06', '2026-12-07'],
    ['2027-12-06', '2027-12-07'],
    ['2027-01-01', '2027-01-04'],
    ['2027-01-06', '2027-01-07'],
    ['2026-12-31', '2026-12-31'],
  ])('%s → %s', (date, expected) => {
    expect(nextWorkingDayOnOrAfter(date)).toBe(expected);
  });

  it('stays on an eve when the eves are not closed', () => {
    expect(nextWorkingDayOnOrAfter('2026-12-24', noExtraClosedDays)).toBe('2026-12-24');
  });
});

describe('workingDaysBetween', () => {
  it('counts the days after the first up to and including the second', () => {
    expect(workingDaysBetween('2026-12-23', '2026-12-23')).toBe(0);
    expect(workingDaysBetween('2026-12-23', '2027-01-07')).toBe(7);
    expect(workingDaysBetween('2026-12-23', '2027-01-06')).toBe(6);
    expect(workingDaysBetween('2026-12-24', '2026-12-28')).toBe(1);
    expect(workingDaysBetween('2026-04-02', '2026-04-07')).toBe(1);
    expect(workingDaysBetween('2026-04-03', '2026-04-06')).toBe(0);
    expect(workingDaysBetween('2026-06-18', '2026-06-22')).toBe(1);
  });

  it('is negative backwards', () => {
    expect(workingDaysBetween('2027-01-07', '2026-12-23')).toBe(-7);
    expect(workingDaysBetween('2026-12-28', '2026-12-24')).toBe(-1);
  });

  it('finds 252 working days in 2026 and 253 in 2027', () => {
    // 2026: 261 weekdays less 1 Jan, 6 Jan, 3 Apr, 6 Apr, 1 May, 14 May, 19 Jun, 24 Dec, 25 Dec.
    expect(workingDaysBetween('2025-12-31', '2026-12-31')).toBe(252);
    // 2027: 261 weekdays less 1 Jan, 6 Jan, 26 Mar, 29 Mar, 6 May, 25 Jun, 6 Dec, 24 Dec.
    expect(workingDaysBetween('2026-12-31', '2027-12-31')).toBe(253);
    // Without the eves: 2026 had two on weekdays, 2027 two as well.
    expect(workingDaysBetween('2025-12-31', '2026-12-31', noExtraClosedDays)).toBe(254);
    expect(workingDaysBetween('2026-12-31', '2027-12-31', noExtraClosedDays)).toBe(255);
  });

  it('undoes addWorkingDays from every day of December 2026 and Easter 2027', () => {
    for (const start of ['2026-12-01', '2027-03-15']) {
      for (let offset = 0; offset < 31; offset += 1) {
        const date = addCalendarDays(start, offset);
        for (const n of [0, 1, 2, 3, 7, 10]) expect(workingDaysBetween(date, addWorkingDays(date, n))).toBe(n);
      }
    }
  });
});

describe('extraClosedDaySchema', () => {
  it('takes the named eves, MM-DD and YYYY-MM-DD', () => {
    for (const day of ['christmas-eve', 'midsummer-eve', '12-31', '02-29', '2026-05-15'])
      expect(extraClosedDaySchema.safeParse(day).success).toBe(true);
  });

  it('refuses other names and days that do not exist', () => {
    for (const day of ['easter', '02-30', '13-01', '2026-02-29', '12-1', '', 12])
      expect(extraClosedDaySchema.safeParse(day).success).toBe(false);
  });
});
