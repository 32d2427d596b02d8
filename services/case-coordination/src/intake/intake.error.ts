import { DomainError } from '@yhdessa/platform';

export enum IntakeErrorCode {
  NotFound = 'intake_item_not_found',
  AlreadyOpened = 'intake_item_already_opened',
}

const status: Record<IntakeErrorCode, number> = {
  [IntakeErrorCode.NotFound]: 404,
  [IntakeErrorCode.AlreadyOpened]: 409,
};

export class IntakeError extends DomainError<IntakeErrorCode> {
  get status(): number {
    return status[this.code];
  }
}
