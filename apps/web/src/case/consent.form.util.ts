import type { Consent } from '../api/case-coordination.types.js';
import type { paths } from '../api/case-coordination.openapi.js';
import { parseFinnishDate } from '../time/helsinki-time.util.js';

/** `POST /cases/:caseId/consents` and `…/withdraw`, as the generated client types them. */
export type GiveConsentCommand = paths['/cases/{caseId}/consents']['post']['requestBody']['content']['application/json'];
export type WithdrawConsentCommand = NonNullable<
  paths['/cases/{caseId}/consents/{consentId}/withdraw']['post']['requestBody']
>['content']['application/json'];
export type ConsentInformationClass = GiveConsentCommand['informationClass'];
export type ConsentAgency = GiveConsentCommand['toAgency'];
export type ConsentMethod = NonNullable<GiveConsentCommand['method']>;

export const consentInformationClasses: readonly ConsentInformationClass[] = ['school', 'health', 'child-protection'];
export const consentAgencies: readonly ConsentAgency[] = ['child-protection', 'school', 'psychiatry'];
export const consentMethods: readonly ConsentMethod[] = ['written', 'verbal'];

/** The young person giving consent in their own right, beside the guardians (by index) as the giver. */
export const youngPersonGiver = 'young-person';

export interface ConsentForm {
  informationClass: ConsentInformationClass | '';
  toAgency: ConsentAgency | '';
  validFrom: string;
  validUntil: string;
  /** Who gave it, when a social worker records it: a guardian's index in the case's guardians, or `young-person`. */
  giver: string;
  method: ConsentMethod | '';
}

export const consentFormFields = ['informationClass', 'toAgency', 'validFrom', 'validUntil', 'giver', 'method'] as const;
export type ConsentFormField = (typeof consentFormFields)[number];
export type ConsentFormErrors = Partial<Record<ConsentFormField, string>>;

export const emptyConsentForm = (today: string): ConsentForm => ({
  informationClass: '',
  toAgency: '',
  validFrom: today,
  validUntil: '',
  giver: '',
  method: '',
});

/**
 * The command to send, or the fields to correct. A social worker records a consent someone gave
 * (`recording`: who and how are asked); a guardian or young person signed in gives their own. The
 * service judges the rest: who may consent, how long a consent may run.
 */
export function toGiveConsentCommand(
  form: ConsentForm,
  recording: { guardians: ReadonlyArray<{ name: string; userId: string | null }> } | null,
): { command: GiveConsentCommand } | { errors: ConsentFormErrors } {
  const errors: ConsentFormErrors = {};
  if (form.informationClass === '') errors.informationClass = 'consentForm.required';
  if (form.toAgency === '') errors.toAgency = 'consentForm.required';
  const validFrom = parseFinnishDate(form.validFrom);
  const validUntil = parseFinnishDate(form.validUntil);
  if (form.validFrom.trim() === '') errors.validFrom = 'consentForm.required';
  else if (!validFrom) errors.validFrom = 'consentForm.invalidDate';
  if (form.validUntil.trim() === '') errors.validUntil = 'consentForm.required';
  else if (!validUntil) errors.validUntil = 'consentForm.invalidDate';
  else if (validFrom && validUntil < validFrom) errors.validUntil = 'consentForm.untilBeforeFrom';
  const guardian = recording && /^\d+$/.test(form.giver) ? recording.guardians[Number(form.giver)] : undefined;
  if (recording && form.giver !== youngPersonGiver && !guardian) errors.giver = 'consentForm.required';
  if (recording && form.method === '') errors.method = 'consentForm.required';
  if (Object.keys(errors).length > 0) return { errors };

  const period = {
    informationClass: form.informationClass as ConsentInformationClass,
    toAgency: form.toAgency as ConsentAgency,
    validFrom: validFrom!,
    validUntil: validUntil!,
  };
  if (!recording) return { command: period };
  return {
    command: {
      ...period,
      givenBy: guardian ? { role: 'guardian', name: guardian.name, userId: guardian.userId } : { role: 'young-person' },
      method: form.method as ConsentMethod,
    },
  };
}

/**
 * Withdrawing: a guardian or young person withdraws their own (no body); a social worker records the
 * withdrawal of whoever gave the consent.
 */
export function toWithdrawConsentCommand(consent: Consent, recording: boolean): WithdrawConsentCommand {
  if (!recording) return {};
  const giver = consent.givenBy;
  return giver?.role === 'guardian' && giver.name
    ? { withdrawnBy: { role: 'guardian', name: giver.name, userId: giver.userId ?? null } }
    : { withdrawnBy: { role: 'young-person' } };
}
