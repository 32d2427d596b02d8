import { DomainError } from '@yhdessa/platform';

/** What every feature that changes a case may be told about the case itself. */
export enum CaseRecordErrorCode {
  CaseNotFound = 'case_not_found',
  CaseClosed = 'case_closed',
}

const status: Record<CaseRecordErrorCode, number> = {
  [CaseRecordErrorCode.CaseNotFound]: 404,
  [CaseRecordErrorCode.CaseClosed]: 409,
};

export class CaseRecordError extends DomainError<CaseRecordErrorCode> {
  get status(): number {
    return status[this.code];
  }

  static notFound(): CaseRecordError {
    return new CaseRecordError(CaseRecordErrorCode.CaseNotFound, 'No such case.');
  }

  static closed(): CaseRecordError {
    return new CaseRecordError(CaseRecordErrorCode.CaseClosed, 'The case is closed.');
  }
}
