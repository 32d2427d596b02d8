import type { Booking } from './outcome.form.util.js';
import { groundOpen, mayBeNamed, namingErrors } from './naming.util.js';

const booking = (extra: Partial<Booking> = {}): Booking =>
  ({
    bookingId: 'b',
    consultationType: 'school-child-protection',
    status: 'concluded',
    startsAt: '2026-12-02T10:00:00+02:00',
    endsAt: '2026-12-02T11:00:00+02:00',
    holdExpiresAt: null,
    caseId: null,
    anonymous: { ageBand: '7-12', school: 'Kallion ala-aste', concernCategory: 'absence', description: 'Poissa.' },
    topic: null,
    experts: [],
    booker: { userId: 'u', displayName: 'Anna Laine', agency: 'school' },
    outcome: { outcome: 'notification', summary: 'Poissaolot.', concludedAt: '2026-12-02T11:00:00+02:00' },
    named: null,
    ...extra,
  }) as Booking;

describe('linking an anonymous consultation to a child’s case', () => {
  it('is offered for an anonymous consultation booked or held, not for one on a case, cancelled or missed', () => {
    expect(mayBeNamed(booking())).toBe(true);
    expect(mayBeNamed(booking({ status: 'confirmed', outcome: null }))).toBe(true);
    expect(mayBeNamed(booking({ caseId: 'c' }))).toBe(false);
    expect(mayBeNamed(booking({ status: 'cancelled' }))).toBe(false);
    expect(mayBeNamed(booking({ status: 'no-show' }))).toBe(false);
  });

  it('opens the law’s duty to notify only after a notification or referral, the guardian’s consent always', () => {
    expect(groundOpen('notification-required', booking())).toBe(true);
    expect(
      groundOpen('notification-required', booking({ outcome: { outcome: 'referral', summary: 'x', concludedAt: 'y' } })),
    ).toBe(true);
    expect(
      groundOpen('notification-required', booking({ outcome: { outcome: 'advice', summary: null, concludedAt: 'y' } })),
    ).toBe(false);
    expect(groundOpen('notification-required', booking({ outcome: null }))).toBe(false);
    expect(groundOpen('guardian-consent', booking({ outcome: null }))).toBe(true);
  });

  it('asks for the case and the ground before asking the service', () => {
    expect(namingErrors({ caseId: null, ground: null })).toEqual({
      caseId: 'consultationNaming.caseRequired',
      ground: 'consultationNaming.groundRequired',
    });
    expect(namingErrors({ caseId: 'c', ground: 'guardian-consent' })).toEqual({});
  });
});
