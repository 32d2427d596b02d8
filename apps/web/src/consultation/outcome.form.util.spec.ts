import { outcomeTurn, sortMine, toOutcomeCommand, type Booking } from './outcome.form.util.js';

const booking = (over: Partial<Booking>): Booking => ({
  bookingId: 'b0',
  consultationType: 'school-child-protection',
  status: 'confirmed',
  startsAt: '2026-12-23T10:15:00+02:00',
  endsAt: '2026-12-23T11:15:00+02:00',
  holdExpiresAt: null,
  caseId: null,
  anonymous: null,
  topic: null,
  experts: [
    {
      expertId: 'e1',
      userId: 'expert',
      displayName: 'Jukka Lehto',
      kind: 'child-protection-consultant',
      agency: 'child-protection',
    },
  ],
  booker: { userId: 'teacher', displayName: 'Ville Heikkinen', agency: 'school' },
  outcome: null,
  named: null,
  ...over,
});

describe('the outcome form → the request', () => {
  it('sends a notification with what it is about', () => {
    expect(toOutcomeCommand({ outcome: 'notification', summary: ' Koulu tekee ilmoituksen. ' })).toEqual({
      command: { outcome: 'notification', summary: 'Koulu tekee ilmoituksen.' },
    });
  });

  it('sends advice without words, and with them when given', () => {
    expect(toOutcomeCommand({ outcome: 'advice', summary: '  ' })).toEqual({ command: { outcome: 'advice' } });
    expect(toOutcomeCommand({ outcome: 'advice', summary: 'Tukea koulussa' })).toEqual({
      command: { outcome: 'advice', summary: 'Tukea koulussa' },
    });
  });

  it('asks for the outcome, and for the words of a notification or a referral', () => {
    expect(toOutcomeCommand({ outcome: '', summary: '' })).toEqual({ errors: { outcome: 'consultationBooking.required' } });
    expect(toOutcomeCommand({ outcome: 'referral', summary: ' ' })).toEqual({
      errors: { summary: 'consultationBooking.summaryRequired' },
    });
    expect(toOutcomeCommand({ outcome: 'advice', summary: 'x'.repeat(2001) })).toEqual({
      errors: { summary: 'consultationBooking.tooLong' },
    });
  });
});

describe('who records the outcome, and when', () => {
  const during = new Date('2026-12-23T10:30:00+02:00');
  it('is an attending expert once the consultation has started', () => {
    expect(outcomeTurn(booking({}), 'expert', during)).toBe('record');
    expect(outcomeTurn(booking({}), 'expert', new Date('2026-12-23T10:14:00+02:00'))).toBe('not-yet');
  });

  it('is not the booker, and nobody once it is concluded or cancelled', () => {
    expect(outcomeTurn(booking({}), 'teacher', during)).toBe('not-expert');
    expect(outcomeTurn(booking({ status: 'concluded' }), 'expert', during)).toBe('closed');
    expect(outcomeTurn(booking({ status: 'cancelled' }), 'expert', during)).toBe('closed');
  });
});

describe('my consultations', () => {
  it('lists upcoming ones by time, those awaiting my outcome, and the rest newest first', () => {
    const now = new Date('2026-12-23T12:00:00+02:00');
    const later = booking({ bookingId: 'later', startsAt: '2026-12-28T09:00:00+02:00', endsAt: '2026-12-28T10:00:00+02:00' });
    const sooner = booking({ bookingId: 'sooner', startsAt: '2026-12-23T13:00:00+02:00', endsAt: '2026-12-23T14:00:00+02:00' });
    const held = booking({ bookingId: 'held', status: 'held' });
    const past = booking({ bookingId: 'past' });
    const concluded = booking({ bookingId: 'concluded', status: 'concluded', startsAt: '2026-12-21T09:00:00+02:00' });
    const expired = booking({ bookingId: 'expired', status: 'expired' });
    const forExpert = sortMine([later, concluded, past, sooner, held, expired], 'expert', now);
    expect(forExpert.upcoming.map((b) => b.bookingId)).toEqual(['sooner', 'later']);
    expect(forExpert.awaitingOutcome.map((b) => b.bookingId)).toEqual(['past']);
    expect(forExpert.earlier.map((b) => b.bookingId)).toEqual(['concluded']);
    const forTeacher = sortMine([past, concluded], 'teacher', now);
    expect(forTeacher.awaitingOutcome).toEqual([]);
    expect(forTeacher.earlier.map((b) => b.bookingId)).toEqual(['past', 'concluded']);
  });
});
