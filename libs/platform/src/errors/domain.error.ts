/**
 * The one error type every feature extends. A feature declares an enum of codes and the HTTP status
 * of each; the problem-details filter maps it to an RFC 9457 response once, for the whole platform.
 * Tests assert `code`, never the message.
 */
export abstract class DomainError<Code extends string = string> extends Error {
  abstract readonly status: number;

  constructor(
    readonly code: Code,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export enum CommonErrorCode {
  ValidationFailed = 'validation_failed',
  NotFound = 'not_found',
  Unauthenticated = 'unauthenticated',
  Forbidden = 'forbidden',
  Conflict = 'conflict',
}

const commonStatus: Record<CommonErrorCode, number> = {
  [CommonErrorCode.ValidationFailed]: 400,
  [CommonErrorCode.Unauthenticated]: 401,
  [CommonErrorCode.Forbidden]: 403,
  [CommonErrorCode.NotFound]: 404,
  [CommonErrorCode.Conflict]: 409,
};

/** Errors every feature shares: bad input, unknown resource, missing or refused identity. */
export class CommonError extends DomainError<CommonErrorCode> {
  get status(): number {
    return commonStatus[this.code];
  }
}
