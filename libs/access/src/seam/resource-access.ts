import type { AuthenticatedUser } from '@yhdessa/auth';

/**
 * How one kind of resource (a case, a systemic team, a meeting) is guarded: the route parameter that
 * names it, what the caller holds on it at a level (null when refused, or when there is no such
 * resource: the caller is not told which), and the refusal: the resource's own 404 wherever its
 * existence is not for everyone to know.
 */
export interface ResourceAccess<Level extends string, Grant extends object> {
  readonly param: string;
  grant(id: string, caller: AuthenticatedUser, level: Level): Promise<Grant | null>;
  refusal(): Error;
}
