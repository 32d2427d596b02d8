/** What decides whether a consent applies on a day: its period (ISO dates, both inclusive) and any withdrawal. */
export interface ConsentValidity {
  validFrom: string;
  validUntil: string;
  withdrawnAt: Date | null;
}

/**
 * Whether a consent covers a day. A withdrawn consent covers no day at all, whatever its period said:
 * withdrawal takes effect at once and everywhere.
 */
export function isInForceOn(consent: ConsentValidity, day: string): boolean {
  if (consent.withdrawnAt) return false;
  return consent.validFrom <= day && day <= consent.validUntil;
}
