import { calendarsAt, type ExpertSnapshot } from './calendar-snapshot.js';

const ms = (iso: string) => Date.parse(iso);

const snapshot: ExpertSnapshot = {
  expert: { expertId: 'e', userId: 'u', displayName: 'E', agency: 'school', kind: 'special-needs-teacher' },
  windows: [{ weekday: 1, starts: '09:00', ends: '12:00' }],
  exceptions: [],
  blocked: [
    // Confirmed, 14.12. 09:00 local.
    {
      start: ms('2026-12-14T07:00:00Z'),
      end: ms('2026-12-14T08:15:00Z'),
      startsAt: ms('2026-12-14T07:00:00Z'),
      holdExpiresAt: null,
    },
    // Held until 1.12. 08:10 local.
    {
      start: ms('2026-12-14T08:15:00Z'),
      end: ms('2026-12-14T09:30:00Z'),
      startsAt: ms('2026-12-14T08:15:00Z'),
      holdExpiresAt: ms('2026-12-01T06:10:00Z'),
    },
    // Held until 1.12. 08:20 local; starts late on 14.12., which is 15.12. in Helsinki.
    {
      start: ms('2026-12-14T22:30:00Z'),
      end: ms('2026-12-14T23:30:00Z'),
      startsAt: ms('2026-12-14T22:30:00Z'),
      holdExpiresAt: ms('2026-12-01T06:20:00Z'),
    },
  ],
};

describe('calendarsAt', () => {
  it('counts confirmed bookings and holds not lapsed, per Finnish day, and says until when that stays so', () => {
    const at = calendarsAt([snapshot], new Date('2026-12-01T06:00:00Z'));
    expect(at.calendars[0]!.blocked).toHaveLength(3);
    expect([...at.calendars[0]!.bookingsPerDay]).toEqual([
      ['2026-12-14', 2],
      ['2026-12-15', 1],
    ]);
    expect(at.validFrom).toBe(-Infinity);
    expect(at.validUntil).toBe(ms('2026-12-01T06:10:00Z'));
  });

  it('lets a hold go at the instant it lapses, and holds it again for an earlier instant', () => {
    const lapsed = calendarsAt([snapshot], new Date('2026-12-01T06:10:00Z'));
    expect(lapsed.calendars[0]!.blocked.map((blocked) => blocked.start.toISOString())).toEqual([
      '2026-12-14T07:00:00.000Z',
      '2026-12-14T22:30:00.000Z',
    ]);
    expect(lapsed.calendars[0]!.bookingsPerDay.get('2026-12-14')).toBe(1);
    expect([lapsed.validFrom, lapsed.validUntil]).toEqual([ms('2026-12-01T06:10:00Z'), ms('2026-12-01T06:20:00Z')]);

    const both = calendarsAt([snapshot], new Date('2026-12-01T07:00:00Z'));
    expect(both.calendars[0]!.blocked).toHaveLength(1);
    expect([both.validFrom, both.validUntil]).toEqual([ms('2026-12-01T06:20:00Z'), Infinity]);

    expect(calendarsAt([snapshot], new Date('2026-12-01T06:09:59Z')).calendars[0]!.blocked).toHaveLength(3);
  });
});
