import { testServers } from './test-env.js';

export interface FetchTokenOptions {
  /** Defaults to `yhdessa-cli`, the password-grant client of tests and demo tooling, whose tokens carry the `yhdessa-api` audience. */
  clientId?: string;
  /** Every demo user's password is `demo`. */
  password?: string;
  /** Defaults to `KEYCLOAK_URL`. Another host name for the same server gets tokens with another `iss`. */
  baseUrl?: string;
  realm?: string;
}

const REFRESH_BEFORE_EXPIRY_MS = 30_000;

const cache = new Map<string, { token: Promise<string>; expiresAt: number }>();

/**
 * A real access token for a demo user, from Keycloak's password grant. Tokens are cached per user,
 * client and server until 30 seconds before they expire, so a test suite asks Keycloak once per user.
 */
export async function fetchToken(username: string, options: FetchTokenOptions = {}): Promise<string> {
  const {
    clientId = 'yhdessa-cli',
    password = 'demo',
    baseUrl = testServers().keycloakUrl,
    realm = process.env.KEYCLOAK_REALM ?? 'yhdessa',
  } = options;
  const key = JSON.stringify([baseUrl, realm, clientId, username, password]);
  const cached = cache.get(key);
  if (cached && Date.now() < cached.expiresAt) return cached.token;

  const entry = { token: Promise.resolve(''), expiresAt: Number.POSITIVE_INFINITY };
  entry.token = requestToken({ baseUrl, realm, clientId, username, password }).then(
    ({ accessToken, expiresInSeconds, requestedAt }) => {
      entry.expiresAt = requestedAt + expiresInSeconds * 1000 - REFRESH_BEFORE_EXPIRY_MS;
      return accessToken;
    },
    (error: unknown) => {
      cache.delete(key);
      throw error;
    },
  );
  cache.set(key, entry);
  return entry.token;
}

async function requestToken(request: {
  baseUrl: string;
  realm: string;
  clientId: string;
  username: string;
  password: string;
}): Promise<{ accessToken: string; expiresInSeconds: number; requestedAt: number }> {
  const { baseUrl, realm, clientId, username, password } = request;
  const url = `${baseUrl.replace(/\/+$/, '')}/realms/${encodeURIComponent(realm)}/protocol/openid-connect/token`;
  const requestedAt = Date.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: clientId, username, password, scope: 'openid' }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await response.json().catch(() => ({}))) as {
    access_token?: string;
    expires_in?: number;
    error?: string;
  };
  if (!response.ok || typeof body.access_token !== 'string') {
    throw new Error(
      `Keycloak at ${baseUrl} gave no token for ${username} via ${clientId}: ${response.status} ${body.error ?? ''}`.trim(),
    );
  }
  return { accessToken: body.access_token, expiresInSeconds: body.expires_in ?? 60, requestedAt };
}

/** The claims of a real token, for the caller's user id (`sub`) and name. */
export const claims = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { sub: string; name: string };
