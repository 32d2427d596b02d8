import type { Actor, Agency, Role } from '@yhdessa/contracts';

/** The verified caller of a request, set on `request.user` by the auth guard. */
export interface AuthenticatedUser {
  /** The token's `sub`: stable across renames. */
  userId: string;
  username: string;
  displayName: string;
  agency: Agency;
  roles: Role[];
  /** What goes into event envelopes and audit records for this caller. */
  actor: Actor;
}
