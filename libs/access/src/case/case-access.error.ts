import { DomainError } from '@yhdessa/platform';

export enum CaseAccessErrorCode {
  /** No such case, or none the caller may reach at that level: the same answer, so existence does not leak. */
  CaseNotFound = 'case_not_found',
}

export class CaseAccessError extends DomainError<CaseAccessErrorCode> {
  get status(): number {
    return 404;
  }

  static caseNotFound(): CaseAccessError {
    return new CaseAccessError(CaseAccessErrorCode.CaseNotFound, 'No such case.');
  }
}
