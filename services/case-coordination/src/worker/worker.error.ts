import { DomainError } from '@yhdessa/platform';

/** Refusals of making someone a child's responsible worker: opening, reopening, handing over. */
export enum WorkerErrorCode {
  CaseloadLimitReached = 'caseload_limit_reached',
  OverrideNotAllowed = 'caseload_override_not_allowed',
  SameResponsibleWorker = 'same_responsible_worker',
  ResponsibleWorkerNotSocialWorker = 'responsible_worker_not_social_worker',
}

const status: Record<WorkerErrorCode, number> = {
  [WorkerErrorCode.CaseloadLimitReached]: 409,
  [WorkerErrorCode.OverrideNotAllowed]: 403,
  [WorkerErrorCode.SameResponsibleWorker]: 409,
  [WorkerErrorCode.ResponsibleWorkerNotSocialWorker]: 422,
};

export class WorkerError extends DomainError<WorkerErrorCode> {
  get status(): number {
    return status[this.code];
  }
}
