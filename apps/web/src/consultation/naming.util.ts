import type { Booking } from './outcome.form.util.js';

export const namingGrounds = ['guardian-consent', 'notification-required'] as const;
export type NamingGround = (typeof namingGrounds)[number];

export interface NamingForm {
  caseId: string | null;
  ground: NamingGround | null;
}

export type NamingErrors = Partial<Record<keyof NamingForm, string>>;

/**
 * Whether the reader may be offered linking the consultation to a child's case: it is still anonymous
 * and booked or held (not cancelled, not missed). The service decides the rest: that the reader took
 * part in it or is child protection, may write on the case, and that the ground holds.
 */
export const mayBeNamed = (booking: Booking): boolean =>
  booking.caseId === null && (booking.status === 'confirmed' || booking.status === 'concluded');

/**
 * The law's duty to notify is a ground only once the consultation ended with a notification or a
 * referral; the guardian's consent always may be (the service checks that it covers every agency).
 */
export const groundOpen = (ground: NamingGround, booking: Booking): boolean =>
  ground === 'guardian-consent' || booking.outcome?.outcome === 'notification' || booking.outcome?.outcome === 'referral';

/** What is missing before the link can be asked for, as the keys of the words saying it. */
export function namingErrors(form: NamingForm): NamingErrors {
  return {
    ...(form.caseId === null ? { caseId: 'consultationNaming.caseRequired' } : {}),
    ...(form.ground === null ? { ground: 'consultationNaming.groundRequired' } : {}),
  };
}

/** Refusals the dialog says in the words of linking (the rest as the app says any problem). */
export const namingRefusals: readonly string[] = ['consent_or_legal_basis_required', 'naming_ground_not_met'];
