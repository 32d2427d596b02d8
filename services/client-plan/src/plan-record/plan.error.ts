import { DomainError } from '@yhdessa/platform';

export enum PlanErrorCode {
  NotFound = 'plan_not_found',
  AlreadyExists = 'plan_already_exists',
  VersionNotFound = 'plan_version_not_found',
  RevisionNotFound = 'plan_revision_not_found',
  RevisionConflict = 'plan_revision_conflict',
  ReviewDateInvalid = 'plan_review_date_invalid',
  NothingChanged = 'plan_nothing_changed',
  ActionNotFound = 'plan_action_not_found',
  NotResponsibleForAction = 'plan_action_not_responsible',
  ReferenceUnknown = 'plan_reference_unknown',
  NotResponsibleWorker = 'plan_responsible_worker_only',
  ActionIdTaken = 'plan_action_id_taken',
}

const status: Record<PlanErrorCode, number> = {
  [PlanErrorCode.NotFound]: 404,
  [PlanErrorCode.AlreadyExists]: 409,
  [PlanErrorCode.VersionNotFound]: 404,
  [PlanErrorCode.RevisionNotFound]: 404,
  [PlanErrorCode.RevisionConflict]: 409,
  [PlanErrorCode.ReviewDateInvalid]: 400,
  [PlanErrorCode.NothingChanged]: 409,
  [PlanErrorCode.ActionNotFound]: 404,
  [PlanErrorCode.NotResponsibleForAction]: 403,
  [PlanErrorCode.ReferenceUnknown]: 400,
  [PlanErrorCode.NotResponsibleWorker]: 403,
  [PlanErrorCode.ActionIdTaken]: 409,
};

export class PlanError extends DomainError<PlanErrorCode> {
  get status(): number {
    return status[this.code];
  }
}
