import { BookingError } from './booking.error.js';
import { decideNaming } from './naming.domain.js';

const concludedWithNotification = {
  caseId: null,
  status: 'concluded' as const,
  outcome: 'notification' as const,
  callerTookPart: true,
  callerAgency: 'school',
  parties: [
    { agency: 'school', consentedClasses: [] },
    { agency: 'child-protection', consentedClasses: [] },
  ],
};

const codeOf = (decide: () => void): string | null => {
  try {
    decide();
    return null;
  } catch (error) {
    if (error instanceof BookingError) return error.code;
    throw error;
  }
};

describe('decideNaming', () => {
  it('names a consultation that ended with the notification or referral the law requires', () => {
    expect(codeOf(() => decideNaming({ ...concludedWithNotification, ground: 'notification-required' }))).toBeNull();
    expect(
      codeOf(() => decideNaming({ ...concludedWithNotification, outcome: 'referral', ground: 'notification-required' })),
    ).toBeNull();
  });

  it('refuses the law as the ground when the consultation ended with advice or has not ended', () => {
    expect(codeOf(() => decideNaming({ ...concludedWithNotification, outcome: 'advice', ground: 'notification-required' }))).toBe(
      'naming_ground_not_met',
    );
    expect(
      codeOf(() =>
        decideNaming({ ...concludedWithNotification, status: 'confirmed', outcome: null, ground: 'notification-required' }),
      ),
    ).toBe('naming_ground_not_met');
  });

  it("needs the guardian's consent to every agency that took part but child protection's own", () => {
    expect(codeOf(() => decideNaming({ ...concludedWithNotification, ground: 'guardian-consent' }))).toBe(
      'consent_or_legal_basis_required',
    );
    const consented = [
      { agency: 'school', consentedClasses: ['school'] },
      { agency: 'child-protection', consentedClasses: [] },
    ];
    expect(
      codeOf(() =>
        decideNaming({
          ...concludedWithNotification,
          status: 'confirmed',
          outcome: null,
          parties: consented,
          ground: 'guardian-consent',
        }),
      ),
    ).toBeNull();
  });

  it('names a consultation once, never a cancelled one, and only by one who took part or child protection', () => {
    const ground = 'notification-required' as const;
    expect(codeOf(() => decideNaming({ ...concludedWithNotification, caseId: 'a-case', ground }))).toBe(
      'consultation_already_named',
    );
    expect(codeOf(() => decideNaming({ ...concludedWithNotification, status: 'cancelled', ground }))).toBe(
      'booking_not_changeable',
    );
    expect(codeOf(() => decideNaming({ ...concludedWithNotification, callerTookPart: false, ground }))).toBe('booking_not_found');
    expect(
      codeOf(() =>
        decideNaming({ ...concludedWithNotification, callerTookPart: false, callerAgency: 'child-protection', ground }),
      ),
    ).toBeNull();
  });
});
