import { DomainError } from '@yhdessa/platform';

export enum GatewayErrorCode {
  /** No session: sign in (`GET /auth/login`). */
  SessionRequired = 'session_required',
  /** The session ended: idle too long, past its lifetime, or the identity provider ended it. */
  SessionExpired = 'session_expired',
  CsrfFailed = 'csrf_failed',
  ReturnToRefused = 'return_to_refused',
  SignInFailed = 'sign_in_failed',
  UnknownService = 'unknown_service',
  ServiceUnavailable = 'service_unavailable',
  IdentityProviderUnavailable = 'identity_provider_unavailable',
  /** The people directory is for professionals only. */
  PeopleDirectoryRefused = 'people_directory_refused',
  /** The address is not a calendar feed's (the one route that needs no session). */
  CalendarFeedNotFound = 'calendar_feed_not_found',
}

const status: Record<GatewayErrorCode, number> = {
  [GatewayErrorCode.SessionRequired]: 401,
  [GatewayErrorCode.SessionExpired]: 401,
  [GatewayErrorCode.CsrfFailed]: 403,
  [GatewayErrorCode.ReturnToRefused]: 400,
  [GatewayErrorCode.SignInFailed]: 400,
  [GatewayErrorCode.UnknownService]: 404,
  [GatewayErrorCode.ServiceUnavailable]: 502,
  [GatewayErrorCode.IdentityProviderUnavailable]: 503,
  [GatewayErrorCode.PeopleDirectoryRefused]: 403,
  [GatewayErrorCode.CalendarFeedNotFound]: 404,
};

export class GatewayError extends DomainError<GatewayErrorCode> {
  get status(): number {
    return status[this.code];
  }
}
