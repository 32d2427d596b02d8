import { DomainError } from '@yhdessa/platform';

export enum ExpertErrorCode {
  NotFound = 'expert_not_found',
  AlreadyRegistered = 'expert_already_registered',
  WindowsOverlap = 'availability_windows_overlap',
  ExceptionNotFound = 'availability_exception_not_found',
}

const status: Record<ExpertErrorCode, number> = {
  [ExpertErrorCode.NotFound]: 404,
  [ExpertErrorCode.AlreadyRegistered]: 409,
  [ExpertErrorCode.WindowsOverlap]: 400,
  [ExpertErrorCode.ExceptionNotFound]: 404,
};

export class ExpertError extends DomainError<ExpertErrorCode> {
  get status(): number {
    return status[this.code];
  }
}
