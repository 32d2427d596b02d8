import { Inject, Injectable } from '@nestjs/common';
import { logger } from '@yhdessa/platform';
import { GatewayError, GatewayErrorCode } from '../gateway.error.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.options.js';
import { realmEndpoints, type DirectoryUser } from './people.domain.js';

const KEYCLOAK_TIMEOUT_MS = 5_000;
/** A service-account token is taken anew this long before it expires. */
const RENEW_BEFORE_EXPIRY_MS = 30_000;

/**
 * The realm's users, read through Keycloak's admin REST API as the gateway's own service account
 * (client `PEOPLE_DIRECTORY_CLIENT_ID`, client-credentials grant), which the realm lets search and
 * view users and nothing else. Its token is kept until shortly before it expires; a refused one is
 * replaced once. Keycloak not answering is 503 `identity_provider_unavailable`.
 */
@Injectable()
export class PeopleDirectory {
  private readonly endpoints: { token: string; admin: string };
  private token?: { value: string; renewAt: number };

  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {
    this.endpoints = realmEndpoints(config.OIDC_ISSUER, config.KEYCLOAK_URL);
  }

  /** Enabled users whose username, first name, last name or email begin with each word of `terms`. */
  search(terms: string, max: number): Promise<DirectoryUser[]> {
    const query = new URLSearchParams({ search: terms, max: String(max), enabled: 'true', briefRepresentation: 'false' });
    return this.admin<DirectoryUser[]>(`/users?${query}`);
  }

  /** A user's effective realm roles (composites expanded), by name. */
  async realmRoles(userId: string): Promise<string[]> {
    const mapped = await this.admin<Array<{ name: string }>>(
      `/users/${encodeURIComponent(userId)}/role-mappings/realm/composite`,
    );
    return mapped.map((role) => role.name);
  }

  private async admin<T>(path: string, renewed = false): Promise<T> {
    const response = await this.call(`${this.endpoints.admin}${path}`, {
      headers: { authorization: `Bearer ${await this.accessToken()}`, accept: 'application/json' },
    });
    if (response.status === 401 && !renewed) {
      this.token = undefined;
      return this.admin<T>(path, true);
    }
    if (!response.ok) throw unavailable(`the user directory answered ${response.status}`);
    return (await response.json()) as T;
  }

  private async accessToken(): Promise<string> {
    if (this.token && Date.now() < this.token.renewAt) return this.token.value;
    const response = await this.call(this.endpoints.token, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: this.config.PEOPLE_DIRECTORY_CLIENT_ID,
        client_secret: this.config.PEOPLE_DIRECTORY_CLIENT_SECRET,
      }),
    });
    if (!response.ok) throw unavailable(`the directory's service account was refused (${response.status})`);
    const granted = (await response.json()) as { access_token: string; expires_in?: number };
    this.token = {
      value: granted.access_token,
      renewAt: Date.now() + Math.max(0, (granted.expires_in ?? 60) * 1000 - RENEW_BEFORE_EXPIRY_MS),
    };
    return this.token.value;
  }

  private async call(url: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(url, { ...init, signal: AbortSignal.timeout(KEYCLOAK_TIMEOUT_MS) });
    } catch (error) {
      throw unavailable(`the user directory did not answer (${(error as Error)?.name})`);
    }
  }
}

function unavailable(reason: string): GatewayError {
  logger().warn({ reason }, 'people directory unavailable');
  return new GatewayError(
    GatewayErrorCode.IdentityProviderUnavailable,
    'The people directory is unavailable; try again shortly.',
  );
}
