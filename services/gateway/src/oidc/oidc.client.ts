import { Inject, Injectable } from '@nestjs/common';
import { logger } from '@yhdessa/platform';
import * as oidc from 'openid-client';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.options.js';

export interface AuthorizationChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  idToken: string;
  /** Epoch ms. */
  accessExpiresAt: number;
  /** The ID token's claims (after the code grant; a refresh may bring none). */
  claims?: Record<string, unknown>;
}

/** The token endpoint refused the grant (an expired, revoked or reused refresh token; a bad code). */
export class GrantRefusedError extends Error {}

/**
 * The gateway as a confidential OpenID Connect client of Keycloak (`openid-client`): authorization
 * code flow with PKCE S256, state and nonce; refresh; logout. The provider's metadata is discovered
 * on first use and kept; a failed discovery is tried again on the next call.
 */
@Injectable()
export class OidcClient {
  private configuration?: Promise<oidc.Configuration>;

  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {}

  get redirectUri(): string {
    return `${this.config.GATEWAY_PUBLIC_ORIGIN}/auth/callback`;
  }

  /**
   * Where the browser signs in. `reauthenticate` asks for the password even when the identity
   * provider's own session is live (`prompt=login`), so the ID token's `auth_time` is now: a step-up
   * before a signature.
   */
  async authorizationUrl(checks: AuthorizationChecks, reauthenticate = false): Promise<URL> {
    return oidc.buildAuthorizationUrl(await this.discovered(), {
      ...(reauthenticate ? { prompt: 'login' } : {}),
      redirect_uri: this.redirectUri,
      scope: 'openid',
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
    });
  }

  /** Exchanges the code the browser brought back (`callbackUrl`: the whole callback address) for tokens. */
  async exchange(callbackUrl: URL, checks: AuthorizationChecks): Promise<IssuedTokens> {
    const configuration = await this.discovered();
    const response = await this.granting(() =>
      oidc.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      }),
    );
    return { ...issued(response), claims: response.claims() as Record<string, unknown> | undefined };
  }

  async refresh(refreshToken: string): Promise<IssuedTokens> {
    const configuration = await this.discovered();
    return issued(await this.granting(() => oidc.refreshTokenGrant(configuration, refreshToken)));
  }

  /** Where the browser ends its Keycloak session, then comes back to the web app. */
  async endSessionUrl(idToken: string): Promise<URL> {
    return oidc.buildEndSessionUrl(await this.discovered(), {
      id_token_hint: idToken,
      post_logout_redirect_uri: `${this.config.GATEWAY_PUBLIC_ORIGIN}/`,
    });
  }

  /**
   * Ends the user's Keycloak session from the server side too (Keycloak takes the refresh token at its
   * end-session endpoint from a confidential client), so the session's tokens stop working even if
   * the browser never visits the end-session URL. Best effort: logging out locally never waits on it.
   */
  async endSession(refreshToken: string): Promise<void> {
    try {
      const endpoint = (await this.discovered()).serverMetadata().end_session_endpoint;
      if (!endpoint) return;
      const response = await fetch(this.backChannel(endpoint), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          client_id: this.config.OIDC_CLIENT_ID,
          client_secret: this.config.OIDC_CLIENT_SECRET,
          refresh_token: refreshToken,
        }),
        signal: AbortSignal.timeout(5_000),
      });
      if (!response.ok) logger().warn({ status: response.status }, 'identity provider did not end the session');
    } catch (error) {
      logger().warn({ err: { type: (error as Error)?.name } }, 'identity provider did not answer the logout');
    }
  }

  /**
   * The gateway's own calls to Keycloak go to KEYCLOAK_URL when the issuer's address is one only
   * browsers reach (in containers); the browser is still sent to the issuer's address.
   */
  private backChannel(url: string): string {
    const internal = this.config.KEYCLOAK_URL;
    const issuerOrigin = new URL(this.config.OIDC_ISSUER).origin;
    if (!internal || !url.startsWith(issuerOrigin)) return url;
    return `${new URL(internal).origin}${url.slice(issuerOrigin.length)}`;
  }

  private discovered(): Promise<oidc.Configuration> {
    this.configuration ??= oidc
      .discovery(
        new URL(this.config.OIDC_ISSUER),
        this.config.OIDC_CLIENT_ID,
        undefined,
        oidc.ClientSecretPost(this.config.OIDC_CLIENT_SECRET),
        {
          execute: new URL(this.config.OIDC_ISSUER).protocol === 'http:' ? [oidc.allowInsecureRequests] : [],
          timeout: 10,
          [oidc.customFetch]: (url, options) => fetch(this.backChannel(url), options as RequestInit),
        },
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }

  /** A refusal by the token endpoint is the grant's fault; anything else (network, 5xx) the provider's. */
  private async granting<T>(grant: () => Promise<T>): Promise<T> {
    try {
      return await grant();
    } catch (error) {
      if (error instanceof oidc.ResponseBodyError && error.status >= 400 && error.status < 500)
        throw new GrantRefusedError(error.error);
      if (error instanceof oidc.AuthorizationResponseError) throw new GrantRefusedError(error.error);
      if (isClientCheckFailure(error)) throw new GrantRefusedError((error as Error).message);
      throw error;
    }
  }
}

/** openid-client's own checks of an answer (state, nonce, issuer, signature) fail with OAUTH_* codes. */
function isClientCheckFailure(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && code.startsWith('OAUTH_') && code !== 'OAUTH_RESPONSE_IS_NOT_CONFORM';
}

function issued(response: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers): IssuedTokens {
  if (!response.refresh_token || !response.id_token)
    throw new GrantRefusedError('the identity provider issued no refresh or ID token');
  return {
    accessToken: response.access_token,
    refreshToken: response.refresh_token,
    idToken: response.id_token,
    accessExpiresAt: Date.now() + (response.expiresIn() ?? 60) * 1000,
  };
}
