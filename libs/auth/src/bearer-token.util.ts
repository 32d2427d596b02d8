import { AuthError, AuthErrorCode } from './auth.error.js';

/** The token of an `Authorization: Bearer <token>` header (RFC 6750; the scheme is case-insensitive). */
export function bearerToken(authorization: string | undefined): string {
  const [scheme = '', ...credentials] = (authorization ?? '').trim().split(/ +/);
  if (scheme.toLowerCase() !== 'bearer' || credentials.length === 0) {
    throw new AuthError(AuthErrorCode.TokenMissing, 'A bearer token is required.');
  }
  if (credentials.length > 1) {
    throw new AuthError(AuthErrorCode.TokenInvalid, 'The bearer token is malformed.');
  }
  return credentials[0]!;
}
