import { helsinkiIso, localParts, localToInstant, localToInstantNormalised, weekdayOf } from './helsinki-time.util.js';

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

  it('counts weekdays from Monday', () => {
    expect(weekdayOf('2026-11-30')).toBe(1);
    expect(weekdayOf('2026-12-06')).toBe(7);
  });
});

describe('Helsinki wall-clock time against Intl', () => {
  const wallClock = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Helsinki',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const intlParts = (instant: Date) => {
    const [date, time] = wallClock.format(instant).split(' ');
    const [hours, minutes] = time!.split(':').map(Number);
    return { date: date!, minutes: hours! * 60 + minutes! };
  };

  it('reads every quarter hour of a year with both changes as Intl does, and back', () => {
    let checked = 0;
    for (let at = Date.parse('2026-10-20T00:00:00Z'); at < Date.parse('2027-11-01T00:00:00Z'); at += 15 * 60_000) {
      const instant = new Date(at);
      const expected = intlParts(instant);
      expect(localParts(instant)).toEqual(expected);
      const back = localToInstant(expected.date, expected.minutes);
      // The autumn night's repeated hour reads back as its first occurrence, an hour earlier.
      expect(back!.getTime() === at || back!.getTime() === at - 3_600_000).toBe(true);
      expect(intlParts(back!)).toEqual(expected);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(35_000);
  });

  it('has no time for the skipped hour, for minutes outside the day or for text that is not a date', () => {
    for (let minutes = 3 * 60; minutes < 4 * 60; minutes += 1) expect(localToInstant('2027-03-28', minutes)).toBeNull();
    expect(localToInstant('2026-12-14', 24 * 60)).toBeNull();
    expect(localToInstant('2026-12-14', -1)).toBeNull();
    expect(localToInstant('2026-12-14', 9.5)).toBeNull();
  });
});
