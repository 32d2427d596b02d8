import { DomainError } from '@yhdessa/platform';

export enum DeadlineErrorCode {
  DecisionAlreadyMade = 'assessment_decision_already_made',
}

const status: Record<DeadlineErrorCode, number> = {
  [DeadlineErrorCode.DecisionAlreadyMade]: 409,
};

export class DeadlineError extends DomainError<DeadlineErrorCode> {
  get status(): number {
    return status[this.code];
  }
}
