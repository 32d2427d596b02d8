import { randomUUID } from 'node:crypto';
import { fetchToken, testServers } from '@yhdessa/testing';

export interface TemporaryRealm {
  name: string;
  issuer: string;
  /** A real access token for the realm's one user, from its public client `probe`. */
  token(): Promise<string>;
  remove(): Promise<void>;
}

export const PROBE_USER = 'probe';
export const PROBE_CLIENT = 'probe';

/**
 * A throwaway realm on the real Keycloak that signs with the RSA key given here (Keycloak derives
 * the `kid` from the key, so realms given the same key publish the same `kid`). Its client puts
 * `audience` into access tokens; its user has no agency and no role.
 */
export async function createTemporaryRealm(options: { privateKeyPem: string; audience: string }): Promise<TemporaryRealm> {
  const { keycloakUrl } = testServers();
  const name = `test-auth-${randomUUID().slice(0, 8)}`;
  await admin('POST', '/admin/realms', {
    realm: name,
    enabled: true,
    components: {
      'org.keycloak.keys.KeyProvider': [
        {
          name: 'test-rsa',
          providerId: 'rsa',
          config: { priority: ['1000'], algorithm: ['RS256'], privateKey: [options.privateKeyPem] },
        },
      ],
    },
    clients: [
      {
        clientId: PROBE_CLIENT,
        publicClient: true,
        directAccessGrantsEnabled: true,
        standardFlowEnabled: false,
        protocolMappers: [
          {
            name: 'api-audience',
            protocol: 'openid-connect',
            protocolMapper: 'oidc-audience-mapper',
            config: { 'included.custom.audience': options.audience, 'access.token.claim': 'true' },
          },
        ],
      },
    ],
    users: [
      {
        username: PROBE_USER,
        enabled: true,
        email: 'probe@example.org',
        emailVerified: true,
        firstName: 'Probe',
        lastName: 'User',
        credentials: [{ type: 'password', value: 'demo', temporary: false }],
      },
    ],
  });
  return {
    name,
    issuer: `${keycloakUrl}/realms/${name}`,
    token: () => fetchToken(PROBE_USER, { clientId: PROBE_CLIENT, realm: name }),
    remove: () => admin('DELETE', `/admin/realms/${name}`),
  };
}

async function admin(method: 'POST' | 'DELETE', path: string, body?: unknown): Promise<void> {
  const username = process.env.KC_BOOTSTRAP_ADMIN_USERNAME;
  const password = process.env.KC_BOOTSTRAP_ADMIN_PASSWORD;
  if (!username || !password) {
    throw new Error('KC_BOOTSTRAP_ADMIN_USERNAME and KC_BOOTSTRAP_ADMIN_PASSWORD must be set (see .env.example)');
  }
  const token = await fetchToken(username, { clientId: 'admin-cli', password, realm: 'master' });
  const response = await fetch(`${testServers().keycloakUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) throw new Error(`Keycloak admin ${method} ${path} answered ${response.status}`);
}
