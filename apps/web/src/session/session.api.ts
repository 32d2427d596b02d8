import { answer, gatewayApi } from '../api/api-client.js';
import { toApiProblem } from '../api/api-problem.js';
import { csrfHeaderName, csrfTokenFrom } from '../api/csrf.util.js';
import type { components } from '../api/gateway.openapi.js';

/** The signed-in person as the gateway knows them: id, name, agency and roles. */
export type Me = components['schemas']['Me'];

export const fetchMe = (): Promise<Me> => answer(gatewayApi.GET('/api/me'));

/** Where sign-in starts: the gateway sends the browser to Keycloak's login page and back to `returnTo`. */
export const signInUrl = (returnTo: string): string => `/auth/login?returnTo=${encodeURIComponent(returnTo)}`;

/** Ends the session at the gateway, then goes where it says to end the Keycloak session too. */
export async function signOut(): Promise<void> {
  const response = await fetch('/auth/logout', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { [csrfHeaderName]: csrfTokenFrom(document.cookie) ?? '' },
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw toApiProblem(response.status, body);
  const { logoutUrl } = (body ?? {}) as { logoutUrl?: unknown };
  window.location.assign(typeof logoutUrl === 'string' ? logoutUrl : '/');
}
