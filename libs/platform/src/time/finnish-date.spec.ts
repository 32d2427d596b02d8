import { finnishDate } from './finnish-date.js';

describe('finnishDate', () => {
  it('takes the day in Helsinki, not in UTC', () => {
    expect(finnishDate(new Date('2026-12-22T22:30:00Z'))).toBe('2026-12-23'); // 00:30 in Helsinki (UTC+2)
    expect(finnishDate(new Date('2026-12-23T21:59:00Z'))).toBe('2026-12-23');
  });

  it('follows summer time', () => {
    expect(finnishDate(new Date('2026-06-18T21:30:00Z'))).toBe('2026-06-19'); // 00:30 in Helsinki (UTC+3)
  });
});
