import { groupSlotsByDay, helsinkiDay, minutesLeft, slotKey, slotSearchRange, weekdayOf, type Slot } from './slots.util.js';

const slot = (startsAt: string, expertIds: string[] = ['e1']): Slot => ({
  startsAt,
  endsAt: startsAt,
  experts: expertIds.map((expertId) => ({ expertId, displayName: expertId, kind: 'special-needs-teacher' })),
});

describe('free times by local day', () => {
  it('groups by the day in Helsinki, not in UTC: 00.30 in Finland is the day before in UTC', () => {
    const days = groupSlotsByDay([
      slot('2026-12-24T00:30:00+02:00'),
      slot('2026-12-23T09:00:00+02:00'),
      slot('2026-12-23T21:45:00Z'), // 23.45 in Helsinki on the 23rd
      slot('2026-12-23T22:45:00Z'), // 00.45 on the 24th
    ]);
    expect(days.map((day) => [day.day, day.weekday, day.slots.map((s) => s.startsAt)])).toEqual([
      ['2026-12-23', 3, ['2026-12-23T09:00:00+02:00', '2026-12-23T21:45:00Z']],
      ['2026-12-24', 4, ['2026-12-24T00:30:00+02:00', '2026-12-23T22:45:00Z']],
    ]);
  });

  it('keeps summer time days apart by Finnish midnight (+03:00)', () => {
    const days = groupSlotsByDay([slot('2027-06-01T23:30:00+03:00'), slot('2027-06-01T21:15:00Z')]);
    expect(days.map((day) => day.day)).toEqual(['2027-06-01', '2027-06-02']);
  });

  it('gives nothing for no times', () => {
    expect(groupSlotsByDay([])).toEqual([]);
  });

  it('names weekdays Monday 1 to Sunday 7', () => {
    expect([weekdayOf('2026-12-21'), weekdayOf('2026-12-27'), weekdayOf('2027-01-07')]).toEqual([1, 7, 4]);
  });

  it('reads the day in Helsinki at an instant', () => {
    expect(helsinkiDay('2026-12-22T22:00:00Z')).toBe('2026-12-23');
    expect(helsinkiDay(new Date('2026-12-22T21:59:00Z'))).toBe('2026-12-22');
  });

  it('searches from today in Helsinki, over the new year', () => {
    expect(slotSearchRange(new Date('2026-12-20T22:30:00Z'))).toEqual({ from: '2026-12-21', to: '2027-01-17' });
    expect(slotSearchRange(new Date('2026-12-21T08:00:00Z'), 7)).toEqual({ from: '2026-12-21', to: '2026-12-27' });
  });

  it('counts a hold’s minutes left, rounding up while it lasts', () => {
    const now = new Date('2026-12-21T10:00:00+02:00');
    expect(minutesLeft('2026-12-21T10:10:00+02:00', now)).toBe(10);
    expect(minutesLeft('2026-12-21T08:00:30Z', now)).toBe(1);
    expect(minutesLeft('2026-12-21T10:00:00+02:00', now)).toBe(0);
  });

  it('knows the same slot by its time and experts, in any order and offset', () => {
    expect(slotKey(slot('2026-12-23T09:00:00+02:00', ['a', 'b']))).toBe(slotKey(slot('2026-12-23T07:00:00Z', ['b', 'a'])));
    expect(slotKey(slot('2026-12-23T09:00:00+02:00', ['a']))).not.toBe(slotKey(slot('2026-12-23T09:00:00+02:00', ['b'])));
  });
});
