import { DomainError } from '@yhdessa/platform';

export enum AuthErrorCode {
  /** No `Authorization: Bearer` header. */
  TokenMissing = 'token_missing',
  /** Not a JWT, bad signature, disallowed algorithm, unknown key, or claims of the wrong shape. */
  TokenInvalid = 'token_invalid',
  TokenExpired = 'token_expired',
  WrongIssuer = 'wrong_issuer',
  WrongAudience = 'wrong_audience',
  /** A valid token whose user holds none of the platform's roles. */
  NoRole = 'no_role',
  /** A valid token without a known `agency` claim. */
  NoAgency = 'no_agency',
  /** The caller holds none of the roles the route requires. */
  RoleRequired = 'role_required',
  /** The identity provider's discovery document or keys could not be fetched. */
  IssuerUnavailable = 'issuer_unavailable',
}

const authStatus: Record<AuthErrorCode, number> = {
  [AuthErrorCode.TokenMissing]: 401,
  [AuthErrorCode.TokenInvalid]: 401,
  [AuthErrorCode.TokenExpired]: 401,
  [AuthErrorCode.WrongIssuer]: 401,
  [AuthErrorCode.WrongAudience]: 401,
  [AuthErrorCode.NoRole]: 403,
  [AuthErrorCode.NoAgency]: 403,
  [AuthErrorCode.RoleRequired]: 403,
  [AuthErrorCode.IssuerUnavailable]: 503,
};

/** 401 when the token itself is the problem, 403 when a valid caller is refused. */
export class AuthError extends DomainError<AuthErrorCode> {
  get status(): number {
    return authStatus[this.code];
  }
}
