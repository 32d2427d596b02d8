import { answer, gatewayApi } from '../api/api-client.js';
import type { components } from '../api/gateway.openapi.js';

/** The signed-in person as the gateway knows them: id, name, agency and roles. */
export type Me = components['schemas']['Me'];

export const fetchMe = (): Promise<Me> => answer(gatewayApi.GET('/api/me'));

/** Where sign-in starts: the gateway sends the browser to Keycloak's login page and back to `returnTo`. */
export const signInUrl = (returnTo: string): string => `/auth/login?returnTo=${encodeURIComponent(returnTo)}`;

/** Ends the session at the gateway (a state-changing call: the client adds the CSRF header), then at Keycloak. */
export async function signOut(): Promise<void> {
  const { logoutUrl } = await answer(gatewayApi.POST('/auth/logout'));
  window.location.assign(logoutUrl);
}
