import { DomainError } from '@yhdessa/platform';

export enum StepUpErrorCode {
  /**
   * A signature needs a recent sign-in: the session's last authentication at the identity provider
   * is older than the signing window. Sign in again (`GET /auth/login?reauth=1&returnTo=…`) and repeat.
   */
  ReauthenticationRequired = 'reauthentication_required',
}

const status: Record<StepUpErrorCode, number> = {
  // 403, not 401: the session is good and stays; only this act wants a fresh password.
  [StepUpErrorCode.ReauthenticationRequired]: 403,
};

export class StepUpError extends DomainError<StepUpErrorCode> {
  get status(): number {
    return status[this.code];
  }
}
