import { isInForceOn } from '@yhdessa/consent';
import type { ConsentEntity } from '../case-record/consent.entity.js';

export interface ConsentView {
  consentId: string;
  caseId: string;
  informationClass: string;
  toAgency: string;
  validFrom: string;
  validUntil: string;
  givenBy: { name: string; role: string; userId: string | null };
  method: string;
  givenAt: string;
  recordedBy: { userId: string; displayName: string };
  withdrawn: { at: string; by: { name: string; role: string } } | null;
  /** Whether it applies today. */
  inForce: boolean;
}

export const toConsentView = (consent: ConsentEntity, today: string): ConsentView => ({
  consentId: consent.consentId,
  caseId: consent.caseId,
  informationClass: consent.informationClass,
  toAgency: consent.toAgency,
  validFrom: consent.validFrom,
  validUntil: consent.validUntil,
  givenBy: { name: consent.givenByName, role: consent.givenByRole, userId: consent.givenByUserId },
  method: consent.method,
  givenAt: consent.givenAt.toISOString(),
  recordedBy: { userId: consent.recordedByUserId, displayName: consent.recordedByName },
  withdrawn: consent.withdrawnAt
    ? { at: consent.withdrawnAt.toISOString(), by: { name: consent.withdrawnByName!, role: consent.withdrawnByRole! } }
    : null,
  inForce: isInForceOn(consent, today),
});
