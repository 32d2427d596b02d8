import type { JWTPayload } from 'jose';
import { agencySchema, roles as knownRoles, type Role } from '@yhdessa/contracts';
import type { AuthenticatedUser } from './authenticated-user.js';
import { AuthError, AuthErrorCode } from './auth.error.js';

/**
 * Maps the claims of a verified access token to the caller. Roles the platform does not know
 * (Keycloak's `offline_access`, `default-roles-*`, …) are dropped; the rest keep the order of the
 * role catalogue, so `actor.role` does not depend on the order the token lists them in.
 */
export function mapClaims(claims: JWTPayload): AuthenticatedUser {
  const userId = nonEmptyString(claims.sub);
  const username = nonEmptyString(claims.preferred_username);
  if (!userId || !username) {
    throw new AuthError(AuthErrorCode.TokenInvalid, 'The token does not identify a user.');
  }

  const agency = agencySchema.safeParse(claims.agency);
  if (!agency.success) {
    throw new AuthError(AuthErrorCode.NoAgency, 'The account is not linked to a known agency.');
  }

  const roles = knownRolesIn(claims.realm_access);
  const [role] = roles;
  if (!role) {
    throw new AuthError(AuthErrorCode.NoRole, 'The account holds no role in this service.');
  }

  return {
    userId,
    username,
    displayName: nonEmptyString(claims.name) ?? username,
    agency: agency.data,
    roles,
    actor: { userId, agency: agency.data, role },
  };
}

function knownRolesIn(realmAccess: unknown): Role[] {
  const granted = (realmAccess as { roles?: unknown } | undefined)?.roles;
  if (!Array.isArray(granted)) return [];
  return knownRoles.filter((role) => granted.includes(role));
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
