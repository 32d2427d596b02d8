import { QueryFailedError } from 'typeorm';
import type { DomainError } from '../errors/domain.error.js';

/** The PostgreSQL error codes (SQLSTATE) of a constraint that two concurrent requests can both reach. */
const violationKinds = { '23505': 'unique', '23P01': 'exclusion', '23503': 'foreign-key' } as const;

export interface ConstraintViolation {
  kind: (typeof violationKinds)[keyof typeof violationKinds];
  /** The constraint's (or unique index's) name, as the migrations gave it. */
  constraint: string;
}

/**
 * A service's table of the constraints its migrations declare, by name, to the domain error a
 * caller gets when a request breaks one: the rule the constraint keeps, said in the feature's words.
 */
export type ConstraintErrors = Readonly<Record<string, () => DomainError>>;

/** The violated constraint behind a failed query, or null for any other error. */
export function constraintViolationOf(error: unknown): ConstraintViolation | null {
  if (!(error instanceof QueryFailedError)) return null;
  const { code, constraint } = error.driverError as { code?: string; constraint?: string };
  if (!code || !Object.hasOwn(violationKinds, code) || !constraint) return null;
  return { kind: violationKinds[code as keyof typeof violationKinds], constraint };
}

/**
 * The domain error for a violated constraint the table knows; null for an unknown constraint or any
 * other error, which stays what it was (a 500, logged by the constraint's name only).
 */
export function constraintError(error: unknown, table: ConstraintErrors): DomainError | null {
  const violation = constraintViolationOf(error);
  if (!violation || !Object.hasOwn(table, violation.constraint)) return null;
  return table[violation.constraint]!();
}
