import { DomainError } from '@yhdessa/platform';

export enum ContributionErrorCode {
  NotInvited = 'not_invited_to_assessment',
  AssessmentCompleted = 'assessment_already_completed',
  AlreadySubmitted = 'contribution_already_submitted',
  NotSubmitted = 'contribution_not_submitted',
  VersionConflict = 'contribution_version_conflict',
  Empty = 'contribution_empty',
  NotChildView = 'not_a_child_invitation',
}

const status: Record<ContributionErrorCode, number> = {
  [ContributionErrorCode.NotInvited]: 403,
  [ContributionErrorCode.AssessmentCompleted]: 409,
  [ContributionErrorCode.AlreadySubmitted]: 409,
  [ContributionErrorCode.NotSubmitted]: 409,
  [ContributionErrorCode.VersionConflict]: 409,
  [ContributionErrorCode.Empty]: 400,
  [ContributionErrorCode.NotChildView]: 409,
};

export class ContributionError extends DomainError<ContributionErrorCode> {
  get status(): number {
    return status[this.code];
  }
}
