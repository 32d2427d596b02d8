import { isApiProblem } from '../api/api-problem.js';

/** The gateway refused a signature because the signer's last sign-in is too old (5 minutes by default). */
export const needsStepUp = (error: unknown): boolean => isApiProblem(error) && error.code === 'reauthentication_required';

/** Where the sign-off panel of a version is on the plan page, to come back to after signing in again. */
export const signOffAnchor = (version: number): string => `plan-sign-off-${version}`;

/**
 * The step-up sign-in before a signature: Keycloak asks for the password even in a live session
 * (`reauth=1`), then the browser comes back to this page at the version's sign-off panel.
 */
export function stepUpSignInUrl(location: { pathname: string; search: string }, version: number): string {
  const returnTo = `${location.pathname}${location.search}#${signOffAnchor(version)}`;
  return `/auth/login?reauth=1&returnTo=${encodeURIComponent(returnTo)}`;
}
