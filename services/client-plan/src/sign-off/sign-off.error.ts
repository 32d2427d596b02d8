import { DomainError } from '@yhdessa/platform';

export enum SignOffErrorCode {
  NotOpenForSigning = 'plan_version_not_in_signing',
  StaleContentHash = 'plan_content_hash_stale',
  NotASignatory = 'plan_signatory_not_asked',
  AlreadyAnswered = 'plan_signature_already_given',
  OutOfOrder = 'plan_signature_out_of_order',
  RoundExpired = 'plan_sign_off_round_expired',
  NotDraft = 'plan_version_not_draft',
  NoResponsibleWorker = 'plan_responsible_worker_missing',
  ResponsibleNotOnCareTeam = 'plan_action_responsible_not_on_care_team',
  ReviewMissing = 'plan_review_date_missing',
  /** The child is on the care team but the plan does not know their age: who signs and who comments depends on it. */
  ChildBirthDateMissing = 'plan_child_birth_date_missing',
  ChildBirthDateInvalid = 'plan_child_birth_date_invalid',
}

const status: Record<SignOffErrorCode, number> = {
  [SignOffErrorCode.NotOpenForSigning]: 409,
  [SignOffErrorCode.StaleContentHash]: 409,
  [SignOffErrorCode.NotASignatory]: 403,
  [SignOffErrorCode.AlreadyAnswered]: 409,
  [SignOffErrorCode.OutOfOrder]: 409,
  [SignOffErrorCode.RoundExpired]: 409,
  [SignOffErrorCode.NotDraft]: 409,
  [SignOffErrorCode.NoResponsibleWorker]: 409,
  [SignOffErrorCode.ResponsibleNotOnCareTeam]: 409,
  [SignOffErrorCode.ReviewMissing]: 409,
  [SignOffErrorCode.ChildBirthDateMissing]: 409,
  [SignOffErrorCode.ChildBirthDateInvalid]: 400,
};

export class SignOffError extends DomainError<SignOffErrorCode> {
  get status(): number {
    return status[this.code];
  }
}
