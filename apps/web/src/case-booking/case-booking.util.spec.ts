import {
  bookingErrorsFromProblem,
  preferredExpert,
  searchWindow,
  timesByDay,
  toNamedBookingCommand,
  type FreeTime,
} from './case-booking.util.js';

const time = (startsAt: string): FreeTime => ({ startsAt, endsAt: startsAt, experts: [] });

describe('case booking', () => {
  it('groups free times by their Helsinki day, across the change to summer time and late in the evening', () => {
    const grouped = timesByDay([
      time('2026-12-08T09:00:00+02:00'),
      time('2026-12-07T23:30:00+02:00'),
      time('2026-12-07T21:00:00Z'), // 23.00 in Helsinki, still the 7th
      time('2026-12-07T22:00:00Z'), // midnight in Helsinki: the 8th
      time('2027-03-28T09:00:00+03:00'),
    ]);
    expect(grouped.map(({ day, times }) => [day, times.map((one) => one.startsAt)])).toEqual([
      ['2026-12-07', ['2026-12-07T21:00:00Z', '2026-12-07T23:30:00+02:00']],
      ['2026-12-08', ['2026-12-07T22:00:00Z', '2026-12-08T09:00:00+02:00']],
      ['2027-03-28', ['2027-03-28T09:00:00+03:00']],
    ]);
  });

  it('looks three weeks ahead from the Helsinki day, not the UTC one', () => {
    expect(searchWindow(new Date('2026-11-30T22:30:00Z'))).toEqual({ from: '2026-12-01', to: '2026-12-22' });
  });

  it('offers the expert already on the care team first', () => {
    const experts = [
      { expertId: 'a', userId: 'u-a', displayName: 'A', kind: 'liaison-clinician' },
      { expertId: 'b', userId: 'u-b', displayName: 'B', kind: 'liaison-nurse' },
    ];
    expect(preferredExpert(experts, ['u-x', 'u-b'])).toBe('b');
    expect(preferredExpert(experts, [])).toBe('a');
    expect(preferredExpert([], ['u-b'])).toBeNull();
  });

  it('needs a topic, and sends the legal basis only when child protection names it', () => {
    const held = { holdId: 'h', startsAt: '2026-12-08T10:00:00+02:00', expertId: 'e' };
    expect(toNamedBookingCommand({ topic: '  ', legalBasis: false }, held)).toEqual({
      errors: { topic: 'caseBooking.topicRequired' },
    });
    expect(toNamedBookingCommand({ topic: ' Illat ', legalBasis: false }, held)).toEqual({
      command: {
        consultationType: 'psychiatry-liaison',
        startsAt: '2026-12-08T10:00:00+02:00',
        expertIds: ['e'],
        holdId: 'h',
        topic: 'Illat',
      },
    });
    expect(toNamedBookingCommand({ topic: 'Illat', legalBasis: true }, held)).toMatchObject({
      command: { legalBasis: 'child-welfare-act-41' },
    });
    expect(bookingErrorsFromProblem('consent_or_legal_basis_required')).toEqual({ legalBasis: 'caseBooking.legalBasisNeeded' });
    expect(bookingErrorsFromProblem('slot_taken')).toBeNull();
  });
});
