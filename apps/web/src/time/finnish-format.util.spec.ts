import { formatDate, formatDateTime, formatTime } from './finnish-format.util.js';

describe('Finnish dates and times', () => {
  it('writes a due date d.M.yyyy without leading zeros, as it is, whatever the time zone', () => {
    expect(formatDate('2027-01-07')).toBe('7.1.2027');
    expect(formatDate('2026-12-23')).toBe('23.12.2026');
  });

  it('writes an instant on Helsinki’s calendar: 23.30 UTC on 6 January is already the 7th there', () => {
    expect(formatDate('2027-01-06T23:30:00Z')).toBe('7.1.2027');
    expect(formatDate(new Date('2026-06-30T20:59:00Z'))).toBe('30.6.2026');
    expect(formatDate(new Date('2026-06-30T21:00:00Z'))).toBe('1.7.2026');
  });

  it('writes times H.mm on Helsinki’s clock, winter (UTC+2) and summer (UTC+3)', () => {
    expect(formatTime('2026-12-23T07:15:00Z')).toBe('9.15');
    expect(formatTime('2026-07-01T11:30:00Z')).toBe('14.30');
    expect(formatTime('2026-12-23T22:05:00Z')).toBe('0.05');
  });

  it('puts the two together', () => {
    expect(formatDateTime('2026-12-23T12:30:00+02:00')).toBe('23.12.2026 12.30');
  });
});
