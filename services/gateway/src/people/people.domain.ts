import { roles, type Agency, type Role } from '@yhdessa/contracts';

/** How many people one search answers at most: enough to pick from, too few to list the directory. */
export const PEOPLE_PAGE_SIZE = 10;

/** The agencies whose people work on cases. The family (guardians, children, foster carers) is client data, never listed. */
export const professionalAgencies = ['child-protection', 'psychiatry', 'school'] as const satisfies readonly Agency[];
export type ProfessionalAgency = (typeof professionalAgencies)[number];

/** The roles of professionals: every role but the family's and the system's. */
export const professionalRoles = roles.filter(
  (role): role is Exclude<Role, 'guardian' | 'child' | 'foster-carer' | 'system'> =>
    role !== 'guardian' && role !== 'child' && role !== 'foster-carer' && role !== 'system',
);
export type ProfessionalRole = (typeof professionalRoles)[number];

/** The realm role every professional role includes (infra/keycloak/realm-yhdessa.json). */
const PROFESSIONAL_REALM_ROLE = 'professional';

/** A professional as the directory answers: who they are and where they work, nothing else. */
export interface Person {
  userId: string;
  displayName: string;
  agency: ProfessionalAgency;
  roles: ProfessionalRole[];
}

/** A user as the identity provider's user search answers (the fields read here). */
export interface DirectoryUser {
  id: string;
  username?: string;
  firstName?: string;
  lastName?: string;
  enabled?: boolean;
  attributes?: Record<string, string[] | undefined>;
}

const isProfessionalAgency = (value: unknown): value is ProfessionalAgency =>
  professionalAgencies.some((agency) => agency === value);

/** Only professionals look people up: the family has no business with the directory. */
export const mayUseDirectory = (caller: { agency: Agency }): boolean => isProfessionalAgency(caller.agency);

/** The user's agency when it is a professional one: family members and accounts without an agency are never listed. */
export function professionalAgencyOf(user: DirectoryUser): ProfessionalAgency | null {
  const agency = user.attributes?.agency?.[0];
  return user.enabled !== false && isProfessionalAgency(agency) ? agency : null;
}

/**
 * The person to list, or null: an enabled user of a professional agency holding the realm's
 * `professional` role, with their professional roles (`realmRoles`: their effective realm roles).
 */
export function toPerson(user: DirectoryUser, realmRoles: readonly string[]): Person | null {
  const agency = professionalAgencyOf(user);
  if (!agency || !realmRoles.includes(PROFESSIONAL_REALM_ROLE)) return null;
  const displayName = [user.firstName, user.lastName].filter((part) => part && part.trim()).join(' ') || user.username || '';
  if (!displayName) return null;
  return {
    userId: user.id,
    displayName,
    agency,
    roles: professionalRoles.filter((role) => realmRoles.includes(role)),
  };
}

/** The first page of people found, those holding `role` when one is asked for, in Finnish alphabetical order. */
export function pageOfPeople(people: ReadonlyArray<Person | null>, role?: ProfessionalRole): Person[] {
  return people
    .filter((person): person is Person => person !== null && (role === undefined || person.roles.includes(role)))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'fi'))
    .slice(0, PEOPLE_PAGE_SIZE);
}

/**
 * What is typed, as the identity provider's search takes it: its own wildcard and exact-match
 * characters (`*`, `"`) removed, so the search stays a prefix search on each word.
 */
export const searchTerms = (typed: string): string => typed.replaceAll(/[*"]/g, ' ').replaceAll(/\s+/g, ' ').trim();

/**
 * Where the gateway reaches the realm's token endpoint and admin API: beside the issuer
 * (`http://host/realms/x` → `http://host/admin/realms/x`), at `keycloakUrl`'s origin when the
 * issuer's address is one only browsers reach (in containers).
 */
export function realmEndpoints(issuer: string, keycloakUrl?: string): { token: string; admin: string } {
  const url = new URL(issuer);
  const at = url.pathname.lastIndexOf('/realms/');
  if (at < 0) throw new Error(`the issuer ${issuer} is not a Keycloak realm's`);
  const origin = keycloakUrl ? new URL(keycloakUrl).origin : url.origin;
  const realmPath = url.pathname.slice(at).replace(/\/+$/, '');
  const prefix = url.pathname.slice(0, at);
  return {
    token: `${origin}${prefix}${realmPath}/protocol/openid-connect/token`,
    admin: `${origin}${prefix}/admin${realmPath}`,
  };
}
