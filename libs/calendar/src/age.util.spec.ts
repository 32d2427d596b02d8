import { ageOn } from './age.util.js';
import { addCalendarDays } from './calendar-day.util.js';
import { addMonths } from './statutory-time-limits.util.js';

describe('ageOn', () => {
  it.each([
    ['2014-03-15', '2026-03-14', 11, 'the day before the 12th birthday'],
    ['2014-03-15', '2026-03-15', 12, 'the 12th birthday: heard in their own matters'],
    ['2011-06-01', '2026-05-31', 14, 'the day before the 15th birthday'],
    ['2011-06-01', '2026-06-01', 15, 'the 15th birthday: may use their own voice'],
    ['2011-03-01', '2026-02-28', 14, 'born on 1 March, on the last day of February'],
    ['2011-03-01', '2026-03-01', 15, 'born on 1 March, the birthday'],
    ['2010-12-31', '2026-12-30', 15, 'born on New Year’s Eve, the day before'],
    ['2010-12-31', '2026-12-31', 16, 'born on New Year’s Eve, the birthday'],
    ['2011-01-01', '2026-12-31', 15, 'the last day of the year'],
    ['2026-05-10', '2026-05-10', 0, 'the day of birth'],
    ['2008-09-01', '2026-08-31', 17, 'the day before coming of age'],
    ['2008-09-01', '2026-09-01', 18, 'of age'],
  ])('born %s, on %s: %i (%s)', (dateOfBirth, on, age) => {
    expect(ageOn(dateOfBirth, on)).toBe(age);
  });

  describe('born on 29 February (Act 150/1930, 4 §: the month’s last day)', () => {
    it('is a year older on 28 February in a common year', () => {
      expect(ageOn('2012-02-29', '2027-02-27')).toBe(14);
      expect(ageOn('2012-02-29', '2027-02-28')).toBe(15);
      expect(ageOn('2012-02-29', '2027-03-01')).toBe(15);
    });

    it('is a year older on 29 February in a leap year, not on the 28th', () => {
      expect(ageOn('2012-02-29', '2028-02-28')).toBe(15);
      expect(ageOn('2012-02-29', '2028-02-29')).toBe(16);
    });

    it('comes of age on 28 February 2030 when born on 29 February 2012', () => {
      expect(ageOn('2012-02-29', '2030-02-27')).toBe(17);
      expect(ageOn('2012-02-29', '2030-02-28')).toBe(18);
    });

    it('counts 2100 as a common year (a century not divisible by 400)', () => {
      expect(ageOn('2096-02-29', '2100-02-27')).toBe(3);
      expect(ageOn('2096-02-29', '2100-02-28')).toBe(4);
      expect(ageOn('2000-02-29', '2100-02-28')).toBe(100);
    });
  });

  it('is negative before birth', () => {
    expect(ageOn('2026-05-10', '2026-05-09')).toBe(-1);
    expect(ageOn('2026-05-10', '2024-05-10')).toBe(-2);
  });

  it('turns n years older exactly on the day n × 12 months after birth, for every birth day of a leap and a common year', () => {
    for (const start of ['2011-01-01', '2012-01-01']) {
      for (let offset = 0; offset < 366; offset += 1) {
        const born = addCalendarDays(start, offset);
        if (born.slice(0, 4) !== start.slice(0, 4)) continue;
        for (const years of [1, 12, 15, 18, 25]) {
          const birthday = addMonths(born, 12 * years);
          expect([ageOn(born, addCalendarDays(birthday, -1)), ageOn(born, birthday)]).toEqual([years - 1, years]);
        }
      }
    }
  });

  it('refuses what is not a calendar date', () => {
    expect(() => ageOn('2027-02-29', '2030-01-01')).toThrow(RangeError);
    expect(() => ageOn('2012-02-29', '2030-13-01')).toThrow(RangeError);
  });
});
