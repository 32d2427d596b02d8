import type { ConstraintErrors } from '@yhdessa/platform';
import { PlanError, PlanErrorCode } from '../plan-record/plan.error.js';
import { SignOffError, SignOffErrorCode } from '../sign-off/sign-off.error.js';

/**
 * The rules this service's migrations keep with a unique index, by name, and the answer a request gets
 * that breaks one when two requests both passed the service's own check.
 */
export const clientPlanConstraintErrors: ConstraintErrors = {
  plan_one_per_case: () => new PlanError(PlanErrorCode.AlreadyExists, 'This case has a client plan already.'),
  plan_version_one_open: () =>
    new PlanError(PlanErrorCode.RevisionConflict, 'The plan was changed by someone else; read it again.'),
  plan_signature_once_per_round: () =>
    new SignOffError(SignOffErrorCode.AlreadyAnswered, 'You have already answered for this version.'),
};
