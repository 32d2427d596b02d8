import { DomainError } from '@yhdessa/platform';

/** Refusals of opening, closing and reopening a case for a child. */
export enum CaseErrorCode {
  InvalidPersonalIdentityCode = 'invalid_personal_identity_code',
  DateOfBirthMismatch = 'date_of_birth_mismatch',
  ChildAlreadyHasOpenCase = 'child_already_has_open_case',
  CaseAlreadyOpen = 'case_already_open',
  ReceivedInFuture = 'received_in_future',
  BornAfterReceipt = 'born_after_receipt',
  NotAChild = 'not_a_child',
  PastAftercareAge = 'past_aftercare_age',
}

const status: Record<CaseErrorCode, number> = {
  [CaseErrorCode.InvalidPersonalIdentityCode]: 400,
  [CaseErrorCode.DateOfBirthMismatch]: 400,
  [CaseErrorCode.ChildAlreadyHasOpenCase]: 409,
  [CaseErrorCode.CaseAlreadyOpen]: 409,
  [CaseErrorCode.ReceivedInFuture]: 400,
  [CaseErrorCode.BornAfterReceipt]: 400,
  [CaseErrorCode.NotAChild]: 422,
  [CaseErrorCode.PastAftercareAge]: 422,
};

export class CaseError extends DomainError<CaseErrorCode> {
  get status(): number {
    return status[this.code];
  }
}
