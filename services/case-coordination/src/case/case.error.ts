import { DomainError } from '@yhdessa/platform';

export enum CaseErrorCode {
  CaseNotFound = 'case_not_found',
  CaseClosed = 'case_closed',
  AlreadyOnCareTeam = 'already_on_care_team',
  MemberNotFound = 'care_team_member_not_found',
  ResponsibleWorkerCannotLeave = 'responsible_worker_cannot_leave',
}

const status: Record<CaseErrorCode, number> = {
  [CaseErrorCode.CaseNotFound]: 404,
  [CaseErrorCode.CaseClosed]: 409,
  [CaseErrorCode.AlreadyOnCareTeam]: 409,
  [CaseErrorCode.MemberNotFound]: 404,
  [CaseErrorCode.ResponsibleWorkerCannotLeave]: 409,
};

export class CaseError extends DomainError<CaseErrorCode> {
  get status(): number {
    return status[this.code];
  }
}
