import { helsinkiInstant, helsinkiNowForForm, parseClockTime, parseFinnishDate } from './helsinki-time.util.js';

describe('Helsinki time for forms', () => {
  it('reads a Finnish date and refuses one that does not exist', () => {
    expect(parseFinnishDate('23.12.2026')).toBe('2026-12-23');
    expect(parseFinnishDate(' 7.1.2027. ')).toBe('2027-01-07');
    expect(parseFinnishDate('29.2.2028')).toBe('2028-02-29');
    expect(parseFinnishDate('29.2.2027')).toBeNull();
    expect(parseFinnishDate('2026-12-23')).toBeNull();
    expect(parseFinnishDate('')).toBeNull();
  });

  it('reads a time with a dot or a colon and refuses one past 23.59', () => {
    expect(parseClockTime('9.15')).toEqual({ hour: 9, minute: 15 });
    expect(parseClockTime('09:15')).toEqual({ hour: 9, minute: 15 });
    expect(parseClockTime('24.00')).toBeNull();
    expect(parseClockTime('9.6')).toBeNull();
  });

  it('gives the instant with Helsinki’s offset: +02:00 in winter, +03:00 in summer', () => {
    expect(helsinkiInstant('2026-12-23', { hour: 9, minute: 15 })).toBe('2026-12-23T09:15:00+02:00');
    expect(helsinkiInstant('2026-07-01', { hour: 14, minute: 30 })).toBe('2026-07-01T14:30:00+03:00');
    expect(new Date(helsinkiInstant('2026-12-23', { hour: 0, minute: 30 })).toISOString()).toBe('2026-12-22T22:30:00.000Z');
  });

  it('changes offset on the morning clocks go forward (29 March 2026, 03.00 → 04.00)', () => {
    expect(helsinkiInstant('2026-03-29', { hour: 2, minute: 59 })).toBe('2026-03-29T02:59:00+02:00');
    expect(helsinkiInstant('2026-03-29', { hour: 4, minute: 0 })).toBe('2026-03-29T04:00:00+03:00');
  });

  it('fills a form with Helsinki’s date and time, not the browser’s', () => {
    expect(helsinkiNowForForm(new Date('2026-12-22T22:30:00Z'))).toEqual({ date: '23.12.2026', time: '0.30' });
  });
});
