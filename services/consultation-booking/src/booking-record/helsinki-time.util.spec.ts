import { addDays, helsinkiIso, localParts, localToInstant, localToInstantNormalised, weekdayOf } from './helsinki-time.util.js';

describe('Helsinki wall-clock time', () => {
  it('keeps 09:00 local across both daylight-saving changes', () => {
    expect(localToInstant('2027-03-27', 9 * 60)!.toISOString()).toBe('2027-03-27T07:00:00.000Z');
    expect(localToInstant('2027-03-29', 9 * 60)!.toISOString()).toBe('2027-03-29T06:00:00.000Z');
    expect(localToInstant('2026-10-24', 9 * 60)!.toISOString()).toBe('2026-10-24T06:00:00.000Z');
    expect(localToInstant('2026-10-26', 9 * 60)!.toISOString()).toBe('2026-10-26T07:00:00.000Z');
  });

  it('has no 03:30 on the spring-forward night, and normalises it to 04:00', () => {
    expect(localToInstant('2027-03-28', 3 * 60 + 30)).toBeNull();
    expect(localToInstantNormalised('2027-03-28', 3 * 60 + 30).toISOString()).toBe('2027-03-28T01:00:00.000Z');
    expect(localToInstantNormalised('2027-03-28', 2 * 60 + 59).toISOString()).toBe('2027-03-28T00:59:00.000Z');
  });

  it('reads the autumn night’s repeated 03:30 as its first (summer-time) occurrence', () => {
    expect(localToInstant('2026-10-25', 3 * 60 + 30)!.toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('writes instants in the offset of the day', () => {
    expect(helsinkiIso(new Date('2026-12-14T07:00:00Z'))).toBe('2026-12-14T09:00:00+02:00');
    expect(helsinkiIso(new Date('2027-06-14T06:00:00Z'))).toBe('2027-06-14T09:00:00+03:00');
    expect(localParts(new Date('2026-12-31T22:30:00Z'))).toEqual({ date: '2027-01-01', minutes: 30 });
  });

  it('counts weekdays from Monday and days across month ends', () => {
    expect(weekdayOf('2026-11-30')).toBe(1);
    expect(weekdayOf('2026-12-06')).toBe(7);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-28', 1)).toBe('2027-03-29');
  });
});
