import { errorsOfRefusal, toBookingCommand, toHoldCommand, type AnonymousForm, type ChosenTime } from './booking.form.util.js';

const chosen: ChosenTime = {
  consultationType: 'school-child-protection',
  slot: {
    startsAt: '2026-12-23T10:15:00+02:00',
    endsAt: '2026-12-23T11:15:00+02:00',
    experts: [
      { expertId: 'b8a9c3c4-0000-4000-8000-000000000001', displayName: 'A', kind: 'child-protection-consultant' },
      { expertId: 'b8a9c3c4-0000-4000-8000-000000000002', displayName: 'B', kind: 'special-needs-teacher' },
    ],
  },
  holdId: 'b8a9c3c4-0000-4000-8000-0000000000aa',
};

const filled: AnonymousForm = {
  ageBand: '7-12',
  school: '  Kallion ala-aste ',
  concernCategory: 'absence',
  description: ' Poissa koulusta viikkoja. ',
};

describe('the anonymous booking form → the request', () => {
  it('sends the hold, the offered time, one expert per participant and the details trimmed', () => {
    expect(toBookingCommand(filled, chosen)).toEqual({
      command: {
        consultationType: 'school-child-protection',
        startsAt: '2026-12-23T10:15:00+02:00',
        expertIds: ['b8a9c3c4-0000-4000-8000-000000000001', 'b8a9c3c4-0000-4000-8000-000000000002'],
        holdId: 'b8a9c3c4-0000-4000-8000-0000000000aa',
        anonymous: {
          ageBand: '7-12',
          school: 'Kallion ala-aste',
          concernCategory: 'absence',
          description: 'Poissa koulusta viikkoja.',
        },
      },
    });
  });

  it('books at once without a hold when none was taken', () => {
    const result = toBookingCommand(filled, { ...chosen, holdId: undefined });
    expect('command' in result && 'holdId' in result.command).toBe(false);
  });

  it('names every missing field, and the school and description limits', () => {
    expect(toBookingCommand({ ageBand: '', school: ' ', concernCategory: '', description: '' }, chosen)).toEqual({
      errors: {
        ageBand: 'consultationBooking.required',
        school: 'consultationBooking.required',
        concernCategory: 'consultationBooking.required',
        description: 'consultationBooking.required',
      },
    });
    expect(toBookingCommand({ ...filled, school: 'K', description: 'x'.repeat(501) }, chosen)).toEqual({
      errors: { school: 'consultationBooking.schoolTooShort', description: 'consultationBooking.tooLong' },
    });
  });

  it('holds the time as offered', () => {
    expect(toHoldCommand('psychiatry-liaison', chosen.slot)).toEqual({
      consultationType: 'psychiatry-liaison',
      startsAt: '2026-12-23T10:15:00+02:00',
      expertIds: ['b8a9c3c4-0000-4000-8000-000000000001', 'b8a9c3c4-0000-4000-8000-000000000002'],
    });
  });
});

describe('a refusal shown at its field', () => {
  it('puts identifying text where the service found it', () => {
    expect(
      errorsOfRefusal(
        'identifying_detail_refused',
        [],
        [
          { field: 'description', kind: 'full-name' },
          { field: 'description', kind: 'identity-code' },
        ],
      ),
    ).toEqual({ description: 'consultationBooking.identifyingHere' });
    expect(errorsOfRefusal('identifying_detail_refused', [], [{ field: 'school', kind: 'phone' }])).toEqual({
      school: 'consultationBooking.identifyingHere',
    });
  });

  it('maps a validation failure by the field’s path, and leaves other refusals to the notice above the form', () => {
    expect(errorsOfRefusal('validation_failed', ['anonymous.school', 'startsAt'], [])).toEqual({
      school: 'consultationBooking.invalid',
    });
    expect(errorsOfRefusal('slot_taken', [], [])).toEqual({});
  });
});

describe('who books consultations', () => {
  it('is the professionals the service takes bookings from, not the family nor a service manager', async () => {
    const { booksConsultations } = await import('./booking.form.util.js');
    expect(booksConsultations({ roles: ['teacher'] })).toBe(true);
    expect(booksConsultations({ roles: ['cp-social-worker'] })).toBe(true);
    expect(booksConsultations({ roles: ['guardian'] })).toBe(false);
    expect(booksConsultations({ roles: ['service-manager'] })).toBe(false);
  });
});
