import type { AuthenticatedUser } from '@yhdessa/auth';

/** A signed-in user as a service's guard hands it on, for calling a service's class directly (no token). */
export function signedInUser(
  userId: string,
  agency: AuthenticatedUser['agency'],
  role: AuthenticatedUser['roles'][number],
): AuthenticatedUser {
  return { userId, username: userId, displayName: userId, agency, roles: [role], actor: { userId, agency, role } };
}
