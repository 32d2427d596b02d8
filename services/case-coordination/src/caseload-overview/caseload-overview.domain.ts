import type { deadlineKinds } from '@yhdessa/contracts';
import { caseloadLimitOn, type CaseloadRules } from '../worker/caseload.domain.js';
import { deadlineStatus, type DeadlineRules } from '../deadlines/statutory-deadlines.domain.js';

/**
 * The service manager's overview: every responsible social worker's caseload against the statutory
 * limit (LSL 13 b §), each systemic team's, and the law's deadlines gone overdue. Counts only: no
 * child, case or identity is carried in or out, so the figures identify nobody but the workers.
 */

type DeadlineKind = (typeof deadlineKinds)[number];

/** Where a worker stands against the limit: `at` takes no new child client without a manager's override. */
export type CaseloadStanding = 'under' | 'at' | 'over';

export interface WorkerOpenCaseCount {
  userId: string;
  displayName: string;
  openCases: number;
}

/** A systemic team and its active social workers (whose cases are the team's). */
export interface TeamSocialWorkers {
  teamId: string;
  name: string;
  socialWorkers: ReadonlyArray<{ userId: string; displayName: string }>;
}

/** How many unmet deadlines of a kind, due on a day, a worker's open cases hold. */
export interface UnmetDeadlineCount {
  userId: string;
  kind: DeadlineKind;
  dueOn: string;
  count: number;
}

export type OverdueByKind = Record<DeadlineKind, number>;

export interface WorkerFigures {
  userId: string;
  displayName: string;
  openCases: number;
  standing: CaseloadStanding;
  overdueDeadlines: number;
  /** The systemic teams the worker sits on as a social worker, by name. */
  teams: string[];
}

export interface TeamFigures {
  teamId: string;
  name: string;
  socialWorkers: number;
  openCases: number;
  atLimit: number;
  overLimit: number;
  overdueDeadlines: number;
}

export interface CaseloadOverview {
  /** The day the figures are for (Finland's date). */
  on: string;
  /** Child clients per responsible worker on that day. */
  limit: number;
  totals: {
    workers: number;
    openCases: number;
    atLimit: number;
    overLimit: number;
    overdueDeadlines: number;
    overdueByKind: OverdueByKind;
  };
  teams: TeamFigures[];
  workers: WorkerFigures[];
}

export function standingAgainst(openCases: number, limit: number): CaseloadStanding {
  if (openCases > limit) return 'over';
  return openCases === limit ? 'at' : 'under';
}

const standingOrder: Record<CaseloadStanding, number> = { over: 0, at: 1, under: 2 };

/**
 * The figures on a day. A worker is listed when responsible for an open case or on a team as a social
 * worker; over the limit first, then at it, then by caseload and name. Teams by name.
 */
export function caseloadOverview(input: {
  workers: readonly WorkerOpenCaseCount[];
  teams: readonly TeamSocialWorkers[];
  unmetDeadlines: readonly UnmetDeadlineCount[];
  on: string;
  caseloadRules: CaseloadRules;
  deadlineRules: DeadlineRules;
}): CaseloadOverview {
  const { on } = input;
  const limit = caseloadLimitOn(on, input.caseloadRules);

  const overdueByKind: OverdueByKind = { 'assessment-start-decision': 0, 'service-needs-assessment': 0, 'client-plan-review': 0 };
  const overdueOf = new Map<string, number>();
  for (const deadline of input.unmetDeadlines) {
    if (deadlineStatus(deadline.dueOn, on, false, input.deadlineRules) !== 'overdue') continue;
    overdueByKind[deadline.kind] += deadline.count;
    overdueOf.set(deadline.userId, (overdueOf.get(deadline.userId) ?? 0) + deadline.count);
  }

  const workers = new Map<string, WorkerFigures>();
  const worker = (userId: string, displayName: string): WorkerFigures => {
    let figures = workers.get(userId);
    if (!figures) {
      figures = { userId, displayName, openCases: 0, standing: 'under', overdueDeadlines: overdueOf.get(userId) ?? 0, teams: [] };
      workers.set(userId, figures);
    }
    return figures;
  };
  for (const counted of input.workers) worker(counted.userId, counted.displayName).openCases += counted.openCases;
  const teamsByName = [...input.teams].sort((a, b) => a.name.localeCompare(b.name, 'fi') || a.teamId.localeCompare(b.teamId));
  for (const team of teamsByName) {
    for (const member of team.socialWorkers) worker(member.userId, member.displayName).teams.push(team.name);
  }
  for (const figures of workers.values()) figures.standing = standingAgainst(figures.openCases, limit);

  const teams = teamsByName.map((team): TeamFigures => {
    const members = team.socialWorkers.map((member) => workers.get(member.userId)!);
    return {
      teamId: team.teamId,
      name: team.name,
      socialWorkers: members.length,
      openCases: sum(members.map((member) => member.openCases)),
      atLimit: members.filter((member) => member.standing === 'at').length,
      overLimit: members.filter((member) => member.standing === 'over').length,
      overdueDeadlines: sum(members.map((member) => member.overdueDeadlines)),
    };
  });

  const listed = [...workers.values()].sort(
    (a, b) =>
      standingOrder[a.standing] - standingOrder[b.standing] ||
      b.openCases - a.openCases ||
      a.displayName.localeCompare(b.displayName, 'fi') ||
      a.userId.localeCompare(b.userId),
  );
  return {
    on,
    limit,
    totals: {
      workers: listed.length,
      openCases: sum(listed.map((figures) => figures.openCases)),
      atLimit: listed.filter((figures) => figures.standing === 'at').length,
      overLimit: listed.filter((figures) => figures.standing === 'over').length,
      overdueDeadlines: sum(Object.values(overdueByKind)),
      overdueByKind,
    },
    teams,
    workers: listed,
  };
}

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
