import { isApiProblem } from '../api/api-problem.js';
import type { paths } from '../api/case-coordination.openapi.js';
import type { Person } from '../people/person.types.js';

/** `POST /cases/:caseId/responsible-worker` and `GET /caseload/workers/:userId`, as the generated client types them. */
export type HandoverCommand = paths['/cases/{caseId}/responsible-worker']['post']['requestBody']['content']['application/json'];
export type WorkerCaseload = paths['/caseload/workers/{userId}']['get']['responses']['200']['content']['application/json'];

interface Me {
  userId: string;
  roles: readonly string[];
}

/**
 * How the reader comes to the handover: as the case's responsible worker or their team's coordinator,
 * who read the case (`case`); as a service manager, who organise caseloads without reading the case
 * (`manager`); or not at all, and the page is the not-found page, as the service would answer too.
 */
export type HandoverStanding = 'case' | 'manager' | null;

export function handoverStanding(
  me: Me,
  kase: { responsibleWorker?: { userId?: string | null } | null; status?: string | null } | null,
): HandoverStanding {
  if (me.roles.includes('service-manager')) return kase ? 'case' : 'manager';
  if (!kase) return null;
  const responsible = kase.responsibleWorker?.userId === me.userId && me.roles.includes('cp-social-worker');
  return responsible || me.roles.includes('team-coordinator') ? 'case' : null;
}

/** Whose caseload the service shows the reader: their own, or anyone's to a team coordinator or a service manager. */
export const maySeeCaseloadOf = (workerId: string, me: Me): boolean =>
  workerId === me.userId || me.roles.includes('team-coordinator') || me.roles.includes('service-manager');

/** The worker's caseload once this case is theirs, and whether taking it goes over the statutory limit. */
export function caseloadAfterHandover(caseload: Pick<WorkerCaseload, 'openCases' | 'limit'>): {
  after: number;
  limit: number;
  overLimit: boolean;
} {
  return { after: caseload.openCases + 1, limit: caseload.limit, overLimit: caseload.openCases >= caseload.limit };
}

export interface HandoverForm {
  person: Person | null;
  overrideReason: string;
}
export const handoverFields = ['person', 'overrideReason'] as const;
export type HandoverField = (typeof handoverFields)[number];
export type HandoverErrors = Partial<Record<HandoverField, string>>;

/**
 * The command to send, or the fields to correct (translation keys). Over the limit (`overLimit`, when
 * the reader sees the caseload) only a service manager hands over, and only with a reason.
 */
export function toHandoverCommand(
  form: HandoverForm,
  context: { currentWorkerId: string | null; overLimit: boolean; serviceManager: boolean },
): { command: HandoverCommand } | { errors: HandoverErrors } {
  const person = form.person;
  if (!person) return { errors: { person: 'handover.choosePerson' } };
  if (person.userId === context.currentWorkerId) return { errors: { person: 'problem.same_responsible_worker' } };
  if (context.overLimit && !context.serviceManager) return { errors: { person: 'handover.overLimitManagerOnly' } };
  const reason = form.overrideReason.trim();
  if (context.overLimit && reason === '') return { errors: { overrideReason: 'handover.overrideReasonRequired' } };
  return {
    command: {
      to: { userId: person.userId, displayName: person.displayName },
      ...(context.overLimit ? { caseloadOverrideReason: reason } : {}),
    },
  };
}

/** The service's refusals that concern the chosen worker or the override's reason, as the form shows them beside it. */
const personRefusals: Record<string, string> = {
  caseload_limit_reached: 'handover.limitReached',
  caseload_override_not_allowed: 'problem.caseload_override_not_allowed',
  same_responsible_worker: 'problem.same_responsible_worker',
  responsible_worker_not_social_worker: 'problem.responsible_worker_not_social_worker',
};

export function handoverErrorsFromProblem(error: unknown): HandoverErrors | null {
  if (!isApiProblem(error)) return null;
  const refusal = personRefusals[error.code];
  if (refusal) return { person: refusal };
  if (error.code !== 'validation_failed') return null;
  const errors: HandoverErrors = {};
  for (const path of error.fields) {
    if (path === 'caseloadOverrideReason') errors.overrideReason = 'handover.notAccepted';
    else if (path.startsWith('to')) errors.person = 'handover.notAccepted';
  }
  return Object.keys(errors).length > 0 ? errors : null;
}
