import { fetchToken } from '@yhdessa/testing';

/** What a service answered: its status and whatever JSON came back (null when there was none). */
export interface ServiceAnswer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads whatever JSON came back
  body: any;
}

export type ServiceCall = (method: string, path: string, username: string, body?: unknown) => Promise<ServiceAnswer>;

/**
 * Calls a service started beside the web stack as one demo user, with a fresh token each call: Keycloak's
 * access tokens last 5 minutes, and the browsers take longer than that. `baseUrl` is read on each call,
 * so the caller can be made before the service has started.
 */
export function serviceCall(baseUrl: () => string): ServiceCall {
  return async (method, path, username, body) => {
    const response = await fetch(`${baseUrl()}${path}`, {
      method,
      headers: { authorization: `Bearer ${await fetchToken(username)}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json().catch(() => null) };
  };
}
