import { Inject, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { Clock, logger } from '@yhdessa/platform';
import type { AuthenticatedUser } from './authenticated-user.js';
import { AuthError, AuthErrorCode } from './auth.error.js';
import { AUTH_OPTIONS, type AuthOptions } from './auth.options.js';
import { mapClaims } from './claims.mapper.js';
import { VerifiedTokenCache } from './verified-token.cache.js';

const DISCOVERY_TIMEOUT_MS = 5_000;

/**
 * Verifies access tokens against the realm's signing keys: RS256 only, the configured issuer and
 * audience, and expiry measured by the injected clock. Where the keys live is discovered from the
 * issuer once, on first use; a failed discovery is retried on the next request. A token that passed
 * is remembered until its expiry (VerifiedTokenCache), so a client's next requests with it skip the
 * signature check. Neither tokens nor the claims inside them are ever logged.
 */
@Injectable()
export class OidcVerifier {
  private keys?: Promise<JWTVerifyGetKey>;
  private readonly verified = new VerifiedTokenCache();
  /** jose asks for a key only after parsing the token and checking its algorithm, so a malformed
   * token is refused without a trip to the identity provider. */
  private readonly keyForToken: JWTVerifyGetKey = async (header, token) => (await this.signingKeys())(header, token);

  constructor(
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
    private readonly clock: Clock,
  ) {}

  async verify(token: string): Promise<AuthenticatedUser> {
    const now = this.clock.now();
    const known = this.verified.get(token, now);
    if (known) return known;
    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(token, this.keyForToken, {
        algorithms: ['RS256'],
        issuer: this.options.issuer,
        audience: this.options.audience,
        currentDate: now,
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      throw toAuthError(error);
    }
    if (claims.typ !== undefined && claims.typ !== 'Bearer') {
      // Keycloak marks access tokens `Bearer`; its ID and refresh tokens are no credentials for an API.
      throw new AuthError(AuthErrorCode.TokenInvalid, 'The token is not an access token.');
    }
    const user = mapClaims(claims);
    this.verified.remember(token, user, claims.exp!);
    return user;
  }

  private signingKeys(): Promise<JWTVerifyGetKey> {
    this.keys ??= this.discoverKeys().catch((error: unknown) => {
      this.keys = undefined;
      throw error;
    });
    return this.keys;
  }

  private async discoverKeys(): Promise<JWTVerifyGetKey> {
    const issuer = this.options.issuer;
    const url = new URL('.well-known/openid-configuration', issuer.endsWith('/') ? issuer : `${issuer}/`);
    let document: { issuer?: unknown; jwks_uri?: unknown };
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(DISCOVERY_TIMEOUT_MS) });
      if (!response.ok) throw new Error(`discovery answered ${response.status}`);
      document = (await response.json()) as typeof document;
    } catch (error) {
      logger().error({ issuer, err: { type: errorName(error) } }, 'OIDC discovery failed');
      throw unavailable();
    }
    if (document.issuer !== issuer || typeof document.jwks_uri !== 'string') {
      logger().error({ issuer, advertised: document.issuer }, 'OIDC discovery names another issuer or no jwks_uri');
      throw unavailable();
    }
    return keysOrUnavailable(createRemoteJWKSet(new URL(document.jwks_uri)));
  }
}

/** A token naming a key the realm does not have is the caller's problem; failing to fetch the keys is ours. */
function keysOrUnavailable(remote: JWTVerifyGetKey): JWTVerifyGetKey {
  return async (header, token) => {
    try {
      return await remote(header, token);
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) throw error;
      logger().error({ err: { type: errorName(error) } }, 'fetching the signing keys failed');
      throw unavailable();
    }
  };
}

function toAuthError(error: unknown): AuthError {
  if (error instanceof AuthError) return error;
  if (error instanceof errors.JWTExpired) {
    return new AuthError(AuthErrorCode.TokenExpired, 'The token has expired.');
  }
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'iss') {
    return new AuthError(AuthErrorCode.WrongIssuer, 'The token was issued by another issuer.');
  }
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'aud') {
    return new AuthError(AuthErrorCode.WrongAudience, 'The token was not issued for this service.');
  }
  return new AuthError(AuthErrorCode.TokenInvalid, 'The token is not valid.');
}

function unavailable(): AuthError {
  return new AuthError(AuthErrorCode.IssuerUnavailable, 'The identity provider cannot be reached.');
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
