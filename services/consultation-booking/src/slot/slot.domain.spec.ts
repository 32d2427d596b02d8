import { defaultBookingRules } from '../settings/consultation-type-rules.provider.js';
import type { ExpertCalendar } from '../booking-record/expert-calendar.js';
import {
  assignParticipants,
  availableOn,
  expertRefusal,
  freeSlots,
  slotsOfDay,
  timingRefusal,
  withChosenExpert,
} from './slot.domain.js';

const school = defaultBookingRules.types['school-child-protection'];
const liaison = defaultBookingRules.types['psychiatry-liaison'];
const at = (iso: string) => new Date(iso);

const expert = (expertId: string, kind: ExpertCalendar['kind'], extra: Partial<ExpertCalendar> = {}): ExpertCalendar => ({
  expertId,
  kind,
  windows: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, starts: '09:00', ends: '12:00' })),
  exceptions: [],
  blocked: [],
  bookingsPerDay: new Map(),
  ...extra,
});

// Monday 30 November 2026, 08:00 in Helsinki (UTC+2).
const now = at('2026-11-30T06:00:00Z');

describe('timingRefusal', () => {
  it.each([
    ['2026-11-30T05:00:00Z', 'slot_in_past'],
    ['2026-12-01T05:59:00Z', 'inside_lead_time'],
    ['2026-12-01T06:00:00Z', null],
    ['2027-01-25T21:59:00Z', null], // 25.1. local, the 56th day
    ['2027-01-25T22:00:00Z', 'beyond_horizon'], // 26.1. 00:00 local
  ])('%s: %s', (start, refusal) => expect(timingRefusal(school, at(start), now)).toBe(refusal));
});

describe('availableOn', () => {
  it('gives the weekly window in local time, in winter and in summer', () => {
    const one = expert('a', 'special-needs-teacher');
    expect(availableOn(one, '2026-12-14')).toEqual([
      [at('2026-12-14T07:00:00Z').getTime(), at('2026-12-14T10:00:00Z').getTime()],
    ]);
    expect(availableOn(one, '2027-04-05')).toEqual([
      [at('2027-04-05T06:00:00Z').getTime(), at('2027-04-05T09:00:00Z').getTime()],
    ]);
    expect(availableOn(one, '2026-12-13')).toEqual([]);
  });

  it('takes leave away and adds extra hours', () => {
    const one = expert('a', 'special-needs-teacher', {
      exceptions: [
        { onDate: '2026-12-14', starts: '10:00', ends: '11:00', kind: 'leave' },
        { onDate: '2026-12-14', starts: '13:00', ends: '14:00', kind: 'extra' },
      ],
    });
    expect(
      availableOn(one, '2026-12-14').map(([from, to]) => [new Date(from).toISOString(), new Date(to).toISOString()]),
    ).toEqual([
      ['2026-12-14T07:00:00.000Z', '2026-12-14T08:00:00.000Z'],
      ['2026-12-14T09:00:00.000Z', '2026-12-14T10:00:00.000Z'],
      ['2026-12-14T11:00:00.000Z', '2026-12-14T12:00:00.000Z'],
    ]);
  });

  it('reads a window starting in the skipped hour of the spring-forward night from 04:00', () => {
    const night = expert('a', 'liaison-nurse', { windows: [{ weekday: 7, starts: '03:30', ends: '05:00' }] });
    expect(availableOn(night, '2027-03-28')).toEqual([
      [at('2027-03-28T01:00:00Z').getTime(), at('2027-03-28T02:00:00Z').getTime()],
    ]);
  });
});

describe('expertRefusal', () => {
  const start = at('2026-12-14T07:00:00Z'); // Monday 09:00

  it('lets a free expert take a consultation inside their window', () => {
    expect(expertRefusal(expert('a', 'special-needs-teacher'), school, start)).toBeNull();
  });

  it('refuses outside availability, over the daily maximum, and over a blocked time or its buffer', () => {
    expect(expertRefusal(expert('a', 'special-needs-teacher'), school, at('2026-12-14T09:30:00Z'))).toBe('outside_availability');
    expect(
      expertRefusal(expert('a', 'special-needs-teacher', { bookingsPerDay: new Map([['2026-12-14', 4]]) }), school, start),
    ).toBe('daily_maximum_reached');
    const taken = { start: at('2026-12-14T08:00:00Z'), end: at('2026-12-14T08:30:00Z') };
    // 09:00–10:00 with 15 min after it blocks until 10:15, which meets 10:00–10:30.
    expect(expertRefusal(expert('a', 'special-needs-teacher', { blocked: [taken] }), school, start)).toBe('slot_taken');
    // 09:00–09:45 with 15 min after it ends at 10:00: free; from 09:15 it would block until 10:15.
    expect(expertRefusal(expert('a', 'liaison-nurse', { blocked: [taken] }), liaison, start)).toBeNull();
    expect(expertRefusal(expert('a', 'liaison-nurse', { blocked: [taken] }), liaison, at('2026-12-14T07:15:00Z'))).toBe(
      'slot_taken',
    );
  });
});

describe('assignParticipants', () => {
  it('needs exactly one expert of a fitting kind for each participant', () => {
    const consultant = { expertId: 'c', kind: 'child-protection-consultant' as const };
    const teacher = { expertId: 't', kind: 'special-needs-teacher' as const };
    expect(assignParticipants(school, [teacher, consultant])).toEqual(['c', 't']);
    expect(assignParticipants(school, [consultant])).toBeNull();
    expect(assignParticipants(school, [consultant, consultant])).toBeNull();
    expect(assignParticipants(school, [consultant, { expertId: 'n', kind: 'liaison-nurse' }])).toBeNull();
  });
});

describe('freeSlots', () => {
  const search = (experts: ExpertCalendar[]) =>
    freeSlots({ rule: school, experts, from: '2026-12-14', to: '2026-12-14', now, stepMinutes: 15, limit: 100 });

  it('offers a collective consultation only when both experts are free at once', () => {
    const consultant = expert('c', 'child-protection-consultant', { windows: [{ weekday: 1, starts: '09:00', ends: '11:00' }] });
    const teacher = expert('t', 'special-needs-teacher', { windows: [{ weekday: 1, starts: '10:00', ends: '12:00' }] });
    const slots = search([consultant, teacher]);
    expect(slots.map((slot) => slot.startsAt.toISOString())).toEqual(['2026-12-14T08:00:00.000Z']);
    expect(slots[0]!.expertIds).toEqual(['c', 't']);
  });

  it('counts holds and bookings as busy and offers the least booked expert of a pool', () => {
    const held = { start: at('2026-12-14T07:00:00Z'), end: at('2026-12-14T08:15:00Z') };
    const busy = expert('c1', 'child-protection-consultant', { blocked: [held], bookingsPerDay: new Map([['2026-12-14', 1]]) });
    const idle = expert('c2', 'child-protection-consultant');
    const teacher = expert('t', 'special-needs-teacher');
    const slots = search([busy, idle, teacher]);
    expect(slots[0]).toMatchObject({ startsAt: at('2026-12-14T07:00:00Z'), expertIds: ['c2', 't'] });
    expect(slots.find((slot) => slot.startsAt.getTime() === at('2026-12-14T08:15:00Z').getTime())?.expertIds).toEqual([
      'c2',
      't',
    ]);
    expect(search([busy, teacher]).map((slot) => slot.startsAt.toISOString())).toEqual([
      '2026-12-14T08:15:00.000Z',
      '2026-12-14T08:30:00.000Z',
      '2026-12-14T08:45:00.000Z',
      '2026-12-14T09:00:00.000Z',
    ]);
  });

  it('offers nothing inside the lead time or beyond the horizon', () => {
    const pair = [expert('c', 'child-protection-consultant'), expert('t', 'special-needs-teacher')];
    expect(
      freeSlots({ rule: school, experts: pair, from: '2026-11-30', to: '2026-11-30', now, stepMinutes: 15, limit: 10 }),
    ).toEqual([]);
    expect(
      freeSlots({ rule: school, experts: pair, from: '2027-02-01', to: '2027-02-05', now, stepMinutes: 15, limit: 10 }),
    ).toEqual([]);
  });
});

describe('withChosenExpert', () => {
  const nurse = expert('nurse', 'liaison-nurse');
  const otherNurse = expert('other-nurse', 'liaison-nurse');
  const clinician = expert('clinician', 'liaison-clinician');
  const consultant = expert('consultant', 'child-protection-consultant');
  const teacher = expert('teacher', 'special-needs-teacher');

  it('puts the chosen expert in place of every other of the pools they can fill', () => {
    expect(withChosenExpert(liaison, [otherNurse, nurse, clinician], 'nurse').map((one) => one.expertId)).toEqual(['nurse']);
  });

  it("keeps a collective type's other pools as they are", () => {
    const other = expert('other-teacher', 'special-needs-teacher');
    expect(withChosenExpert(school, [consultant, teacher, other], 'teacher').map((one) => one.expertId)).toEqual([
      'consultant',
      'teacher',
    ]);
  });

  it('offers nothing for an expert the search does not draw from', () => {
    expect(withChosenExpert(liaison, [nurse, clinician], 'someone-else')).toEqual([]);
  });
});

describe('slotsOfDay', () => {
  const pair = [
    expert('c', 'child-protection-consultant', { windows: [{ weekday: 2, starts: '07:00', ends: '10:00' }] }),
    expert('t', 'special-needs-teacher', { windows: [{ weekday: 2, starts: '07:00', ends: '10:00' }] }),
  ];

  it('gives every time of the day whatever the time now; freeSlots leaves out those inside the lead time', () => {
    // Tuesday 1 December: the lead time (24 h from Monday 08:00) ends at 08:00.
    expect(slotsOfDay(school, pair, '2026-12-01', 15).map((slot) => slot.startsAt.toISOString())).toEqual([
      '2026-12-01T05:00:00.000Z',
      '2026-12-01T05:15:00.000Z',
      '2026-12-01T05:30:00.000Z',
      '2026-12-01T05:45:00.000Z',
      '2026-12-01T06:00:00.000Z',
      '2026-12-01T06:15:00.000Z',
      '2026-12-01T06:30:00.000Z',
      '2026-12-01T06:45:00.000Z',
      '2026-12-01T07:00:00.000Z',
    ]);
    const offered = freeSlots({
      rule: school,
      experts: pair,
      from: '2026-12-01',
      to: '2026-12-01',
      now,
      stepMinutes: 15,
      limit: 10,
    });
    expect(offered.map((slot) => slot.startsAt.toISOString())).toEqual([
      '2026-12-01T06:00:00.000Z',
      '2026-12-01T06:15:00.000Z',
      '2026-12-01T06:30:00.000Z',
      '2026-12-01T06:45:00.000Z',
      '2026-12-01T07:00:00.000Z',
    ]);
  });

  it('finds the same free times from days worked out earlier as afresh, to the limit', () => {
    const busy = expert('busy', 'liaison-nurse', {
      blocked: [{ start: at('2026-12-08T07:00:00Z'), end: at('2026-12-08T09:00:00Z') }],
      bookingsPerDay: new Map([['2026-12-08', 1]]),
    });
    const experts = [busy, expert('other', 'liaison-clinician')];
    const search = { rule: liaison, experts, now, stepMinutes: 15, from: '2026-11-01', to: '2027-03-01' };
    const kept = new Map<string, ReturnType<typeof slotsOfDay>>();
    const fromKept = (date: string) => {
      if (!kept.has(date)) kept.set(date, slotsOfDay(liaison, experts, date, 15));
      return kept.get(date)!;
    };
    const whole = freeSlots({ ...search, limit: 500 });
    expect(freeSlots({ ...search, limit: 500 }, fromKept)).toEqual(whole);
    expect(freeSlots({ ...search, limit: 500 }, fromKept)).toEqual(whole);
    expect(freeSlots({ ...search, limit: 37 }, fromKept)).toEqual(whole.slice(0, 37));
    expect(whole.length).toBeGreaterThan(100);
    expect(whole.every((slot) => slot.startsAt.getTime() >= now.getTime() + liaison.minLeadMinutes * 60_000)).toBe(true);
  });
});
