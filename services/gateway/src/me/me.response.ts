import type { AuthenticatedUser } from '@yhdessa/auth';

/** Who the caller is, as the web app shows it. */
export type MeResponse = Pick<AuthenticatedUser, 'userId' | 'username' | 'displayName' | 'agency' | 'roles'>;

export function toMeResponse(user: AuthenticatedUser): MeResponse {
  return { userId: user.userId, username: user.username, displayName: user.displayName, agency: user.agency, roles: user.roles };
}
