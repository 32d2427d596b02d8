import { DomainError } from '@yhdessa/platform';

export enum CareTeamErrorCode {
  AlreadyOnCareTeam = 'already_on_care_team',
  MemberNotFound = 'care_team_member_not_found',
  ResponsibleWorkerCannotLeave = 'responsible_worker_cannot_leave',
}

const status: Record<CareTeamErrorCode, number> = {
  [CareTeamErrorCode.AlreadyOnCareTeam]: 409,
  [CareTeamErrorCode.MemberNotFound]: 404,
  [CareTeamErrorCode.ResponsibleWorkerCannotLeave]: 409,
};

export class CareTeamError extends DomainError<CareTeamErrorCode> {
  get status(): number {
    return status[this.code];
  }
}
