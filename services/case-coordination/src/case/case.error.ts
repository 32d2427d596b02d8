import { DomainError } from '@yhdessa/platform';

export enum CaseErrorCode {
  AlreadyOnCareTeam = 'already_on_care_team',
  MemberNotFound = 'care_team_member_not_found',
  ResponsibleWorkerCannotLeave = 'responsible_worker_cannot_leave',
  InvalidPersonalIdentityCode = 'invalid_personal_identity_code',
  DateOfBirthMismatch = 'date_of_birth_mismatch',
  ChildAlreadyHasOpenCase = 'child_already_has_open_case',
  CaseAlreadyOpen = 'case_already_open',
  CaseloadLimitReached = 'caseload_limit_reached',
  OverrideNotAllowed = 'caseload_override_not_allowed',
  SameResponsibleWorker = 'same_responsible_worker',
  DecisionAlreadyMade = 'assessment_decision_already_made',
  ReceivedInFuture = 'received_in_future',
  BornAfterReceipt = 'born_after_receipt',
  NotAChild = 'not_a_child',
  PastAftercareAge = 'past_aftercare_age',
  ResponsibleWorkerNotSocialWorker = 'responsible_worker_not_social_worker',
}

const status: Record<CaseErrorCode, number> = {
  [CaseErrorCode.AlreadyOnCareTeam]: 409,
  [CaseErrorCode.MemberNotFound]: 404,
  [CaseErrorCode.ResponsibleWorkerCannotLeave]: 409,
  [CaseErrorCode.InvalidPersonalIdentityCode]: 400,
  [CaseErrorCode.DateOfBirthMismatch]: 400,
  [CaseErrorCode.ChildAlreadyHasOpenCase]: 409,
  [CaseErrorCode.CaseAlreadyOpen]: 409,
  [CaseErrorCode.CaseloadLimitReached]: 409,
  [CaseErrorCode.OverrideNotAllowed]: 403,
  [CaseErrorCode.SameResponsibleWorker]: 409,
  [CaseErrorCode.DecisionAlreadyMade]: 409,
  [CaseErrorCode.ReceivedInFuture]: 400,
  [CaseErrorCode.BornAfterReceipt]: 400,
  [CaseErrorCode.NotAChild]: 422,
  [CaseErrorCode.PastAftercareAge]: 422,
  [CaseErrorCode.ResponsibleWorkerNotSocialWorker]: 422,
};

export class CaseError extends DomainError<CaseErrorCode> {
  get status(): number {
    return status[this.code];
  }
}
