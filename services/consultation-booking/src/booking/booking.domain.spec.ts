import { defaultBookingRules } from '../settings/consultation-type-rules.provider.js';
import type { ExpertCalendar } from '../booking-record/expert-calendar.js';
import {
  decideChange,
  decideDisclosure,
  decideOutcome,
  decideRelease,
  decideSlot,
  refuseIdentifyingText,
} from './booking.domain.js';
import { BookingErrorCode } from './booking.error.js';

const school = defaultBookingRules.types['school-child-protection'];
const now = new Date('2026-11-30T06:00:00Z');
const monday = new Date('2026-12-14T07:00:00Z'); // 09:00 in Helsinki

const calendar = (expertId: string, kind: ExpertCalendar['kind'], extra: Partial<ExpertCalendar> = {}): ExpertCalendar => ({
  expertId,
  kind,
  windows: [{ weekday: 1, starts: '09:00', ends: '12:00' }],
  exceptions: [],
  blocked: [],
  bookingsPerDay: new Map(),
  ...extra,
});
const pair = (extra: Partial<ExpertCalendar> = {}) => [
  calendar('c', 'child-protection-consultant'),
  calendar('t', 'special-needs-teacher', extra),
];

const codeOf = (action: () => unknown) => {
  try {
    action();
    return null;
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('decideSlot', () => {
  it('takes the consultation and its buffer after', () => {
    expect(decideSlot({ rule: school, experts: pair(), start: monday, now })).toEqual({
      startsAt: monday,
      endsAt: new Date('2026-12-14T08:00:00Z'),
      blocked: { start: monday, end: new Date('2026-12-14T08:15:00Z') },
    });
  });

  it.each([
    ['a past time', { start: new Date('2026-11-29T07:00:00Z') }, BookingErrorCode.SlotInPast],
    ['a time inside the lead time', { start: new Date('2026-11-30T13:00:00Z') }, BookingErrorCode.InsideLeadTime],
    ['a time beyond the horizon', { start: new Date('2027-02-01T07:00:00Z') }, BookingErrorCode.BeyondHorizon],
    ['a time outside availability', { start: new Date('2026-12-14T10:30:00Z') }, BookingErrorCode.OutsideAvailability],
    [
      'an expert at their daily maximum',
      { experts: pair({ bookingsPerDay: new Map([['2026-12-14', 4]]) }) },
      BookingErrorCode.DailyMaximumReached,
    ],
    [
      'a held time',
      { experts: pair({ blocked: [{ start: new Date('2026-12-14T07:30:00Z'), end: new Date('2026-12-14T08:30:00Z') }] }) },
      BookingErrorCode.SlotTaken,
    ],
    [
      'one expert for a collective type',
      { experts: [calendar('c', 'child-protection-consultant')] },
      BookingErrorCode.ExpertsDoNotMatchType,
    ],
  ])('refuses %s', (_, change, code) => {
    expect(codeOf(() => decideSlot({ rule: school, experts: pair(), start: monday, now, ...change }))).toBe(code);
  });
});

describe('refuseIdentifyingText', () => {
  it('lets a description without identity through and refuses one with a name or identity code', () => {
    expect(codeOf(() => refuseIdentifyingText({ description: 'Poissaoloja kolme viikkoa.' }))).toBeNull();
    expect(codeOf(() => refuseIdentifyingText({ description: 'Mika Virtanen, 010317A123U' }))).toBe(
      BookingErrorCode.IdentifyingDetailRefused,
    );
  });
});

describe('decideDisclosure', () => {
  const psychiatry = (extra: Partial<{ onCareTeam: boolean; consentedClasses: string[] }> = {}) => ({
    agency: 'psychiatry',
    onCareTeam: false,
    consentedClasses: [],
    ...extra,
  });
  it('allows the own agency, a care-team member, a consented agency, or child protection with a legal basis', () => {
    expect(
      codeOf(() => decideDisclosure({ bookerAgency: 'psychiatry', experts: [psychiatry()], legalBasis: undefined })),
    ).toBeNull();
    expect(
      codeOf(() =>
        decideDisclosure({
          bookerAgency: 'child-protection',
          experts: [psychiatry({ onCareTeam: true })],
          legalBasis: undefined,
        }),
      ),
    ).toBeNull();
    expect(
      codeOf(() =>
        decideDisclosure({
          bookerAgency: 'school',
          experts: [psychiatry({ consentedClasses: ['school'] })],
          legalBasis: undefined,
        }),
      ),
    ).toBeNull();
    expect(
      codeOf(() =>
        decideDisclosure({ bookerAgency: 'child-protection', experts: [psychiatry()], legalBasis: 'child-welfare-act-41' }),
      ),
    ).toBeNull();
  });
  it('refuses without any of them, and a legal basis named by another agency', () => {
    expect(
      codeOf(() => decideDisclosure({ bookerAgency: 'child-protection', experts: [psychiatry()], legalBasis: undefined })),
    ).toBe(BookingErrorCode.ConsentOrLegalBasisRequired);
    expect(
      codeOf(() => decideDisclosure({ bookerAgency: 'school', experts: [psychiatry()], legalBasis: 'child-welfare-act-41' })),
    ).toBe(BookingErrorCode.ConsentOrLegalBasisRequired);
  });
});

describe('decideChange', () => {
  const base = { status: 'confirmed' as const, startsAt: monday, now, callerIsBooker: true, callerIsExpert: false };
  it('lets the booker or an expert cancel and move a confirmed booking before it starts', () => {
    expect(decideChange({ ...base, action: 'cancel' })).toBe('booker');
    expect(decideChange({ ...base, action: 'reschedule', callerIsBooker: false, callerIsExpert: true })).toBe('expert');
    expect(codeOf(() => decideChange({ ...base, action: 'cancel', now: new Date('2026-12-14T07:10:00Z') }))).toBe(
      BookingErrorCode.NotChangeable,
    );
    expect(codeOf(() => decideChange({ ...base, action: 'cancel', status: 'cancelled' }))).toBe(BookingErrorCode.NotChangeable);
  });
  it('lets only an attending expert record a no-show or an outcome, once it has started', () => {
    const later = new Date('2026-12-14T08:00:00Z');
    expect(codeOf(() => decideChange({ ...base, action: 'conclude', now: later }))).toBe(BookingErrorCode.NotAttendingExpert);
    expect(codeOf(() => decideChange({ ...base, action: 'conclude', callerIsExpert: true }))).toBe(BookingErrorCode.NotYetHeld);
    expect(decideChange({ ...base, action: 'no-show', callerIsBooker: false, callerIsExpert: true, now: later })).toBe('expert');
    expect(
      codeOf(() => decideChange({ ...base, action: 'conclude', callerIsExpert: true, now: later, status: 'concluded' })),
    ).toBe(BookingErrorCode.NotChangeable);
  });
});

describe('decideOutcome', () => {
  it('needs words for a notification or referral, and none that name the child of an anonymous one', () => {
    expect(codeOf(() => decideOutcome('advice', undefined, true))).toBeNull();
    expect(codeOf(() => decideOutcome('notification', undefined, true))).toBe(BookingErrorCode.OutcomeSummaryRequired);
    expect(codeOf(() => decideOutcome('notification', 'Poissaoloja, huoli jaksamisesta.', true))).toBeNull();
    expect(codeOf(() => decideOutcome('referral', 'Oppilas Mika Virtanen', true))).toBe(
      BookingErrorCode.IdentifyingDetailRefused,
    );
  });
});

describe('letting go of a hold', () => {
  const live = { status: 'held' as const, holdExpiresAt: new Date(now.getTime() + 60_000), now, callerIsBooker: true };

  it('releases the booker’s live hold, and answers one already released as done', () => {
    expect(decideRelease(live)).toBe('release');
    expect(decideRelease({ ...live, status: 'released', holdExpiresAt: null })).toBe('already-released');
  });

  it.each([
    ['someone else’s hold', { callerIsBooker: false }, BookingErrorCode.HoldNotFound],
    [
      'someone else’s released hold',
      { callerIsBooker: false, status: 'released' as const, holdExpiresAt: null },
      BookingErrorCode.HoldNotFound,
    ],
    ['a hold lapsed at this very instant', { holdExpiresAt: now }, BookingErrorCode.HoldExpired],
    ['a hold already marked expired', { status: 'expired' as const, holdExpiresAt: null }, BookingErrorCode.HoldExpired],
    ['a hold confirmed as a booking', { status: 'confirmed' as const, holdExpiresAt: null }, BookingErrorCode.HoldAlreadyBooked],
    ['a booking since cancelled', { status: 'cancelled' as const, holdExpiresAt: null }, BookingErrorCode.HoldAlreadyBooked],
  ])('refuses %s', (_, change, code) => {
    expect(codeOf(() => decideRelease({ ...live, ...change }))).toBe(code);
  });
});
