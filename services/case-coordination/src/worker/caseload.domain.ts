/**
 * The statutory caseload limit of a responsible social worker (LSL 13 b §): at most 30 child clients
 * from 1 January 2024, 35 before. The limit is a schedule by date so a change in the law is a
 * configuration change.
 */

/** A limit in force from `from` (an ISO date) on; `from: null` is the limit before every dated step. */
export interface CaseloadLimitStep {
  readonly from: string | null;
  readonly limit: number;
}

export interface CaseloadRules {
  readonly caseloadLimit: readonly CaseloadLimitStep[];
}

export const defaultCaseloadLimit: readonly CaseloadLimitStep[] = [
  { from: null, limit: 35 },
  { from: '2024-01-01', limit: 30 },
];

export const defaultCaseloadRules: CaseloadRules = { caseloadLimit: defaultCaseloadLimit };

/** The limit on a day: the latest step in force. ISO dates compare as strings. */
export function caseloadLimitOn(on: string, rules: CaseloadRules = defaultCaseloadRules): number {
  let current: CaseloadLimitStep | undefined;
  for (const step of rules.caseloadLimit) {
    const inForce = step.from === null || step.from <= on;
    const later = current === undefined || (current.from ?? '') < (step.from ?? '');
    if (inForce && later) current = step;
  }
  if (!current) throw new RangeError(`no caseload limit in force on ${on}`);
  return current.limit;
}

export interface CaseloadOverride {
  readonly byUserId: string;
  readonly reason: string;
}

export interface AssignmentRequest {
  /** Child clients the worker is responsible for before this one. */
  readonly currentCaseload: number;
  readonly on: string;
  /** A service manager's decision to go over the limit (the caller checks the role). */
  readonly override?: CaseloadOverride;
}

export type AssignmentDecision =
  { allowed: true; overrideRecorded?: CaseloadOverride } | { allowed: false; code: 'caseload_limit_reached'; limit: number };

/** May one more child client be assigned? Over the limit only with an override that gives a reason. */
export function checkAssignment(request: AssignmentRequest, rules: CaseloadRules = defaultCaseloadRules): AssignmentDecision {
  const limit = caseloadLimitOn(request.on, rules);
  if (request.currentCaseload < limit) return { allowed: true };
  const override = request.override;
  if (override && override.byUserId.trim() !== '' && override.reason.trim() !== '') {
    return { allowed: true, overrideRecorded: { byUserId: override.byUserId, reason: override.reason.trim() } };
  }
  return { allowed: false, code: 'caseload_limit_reached', limit };
}

export interface WorkerCaseloadCount {
  readonly userId: string;
  readonly openCases: number;
}

export interface TeamCaseload {
  workers: number;
  total: number;
  limit: number;
  /** Workers at the limit: they take no new child client without an override. */
  atLimit: string[];
  overLimit: string[];
}

/** A team's totals on a day, for a team lead or service manager. */
export function teamCaseload(
  workerCaseloads: readonly WorkerCaseloadCount[],
  on: string,
  rules: CaseloadRules = defaultCaseloadRules,
): TeamCaseload {
  const limit = caseloadLimitOn(on, rules);
  return {
    workers: workerCaseloads.length,
    total: workerCaseloads.reduce((sum, worker) => sum + worker.openCases, 0),
    limit,
    atLimit: workerCaseloads.filter((worker) => worker.openCases === limit).map((worker) => worker.userId),
    overLimit: workerCaseloads.filter((worker) => worker.openCases > limit).map((worker) => worker.userId),
  };
}
