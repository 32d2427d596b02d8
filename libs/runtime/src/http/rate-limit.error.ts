import { DomainError } from '@yhdessa/platform';

export enum RateLimitErrorCode {
  RateLimited = 'rate_limited',
}

/** 429: the caller made more writes than the window allows; `retryAfterSeconds` says when to try again. */
export class RateLimitError extends DomainError<RateLimitErrorCode> {
  get status(): number {
    return 429;
  }

  constructor(readonly retryAfterSeconds: number) {
    super(RateLimitErrorCode.RateLimited, `Too many changes in a short time; try again in ${retryAfterSeconds} s.`, {
      retryAfterSeconds,
    });
  }
}
