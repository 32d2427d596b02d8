import { defaultDeadlineRules } from '../deadlines/statutory-deadlines.domain.js';
import { defaultCaseloadRules, type CaseloadRules } from '../worker/caseload.domain.js';
import {
  caseloadOverview,
  standingAgainst,
  type TeamSocialWorkers,
  type UnmetDeadlineCount,
  type WorkerOpenCaseCount,
} from './caseload-overview.domain.js';

const on = '2026-12-23';
const rules = { caseloadRules: defaultCaseloadRules, deadlineRules: defaultDeadlineRules };

const workers: WorkerOpenCaseCount[] = [
  { userId: 'sari', displayName: 'Sari Virtanen', openCases: 29 },
  { userId: 'jukka', displayName: 'Jukka Lehto', openCases: 30 },
  { userId: 'olli', displayName: 'Olli Outsider', openCases: 31 },
];
const teams: TeamSocialWorkers[] = [
  {
    teamId: 't-2',
    name: 'Pohjoinen',
    socialWorkers: [
      { userId: 'sari', displayName: 'Sari Virtanen' },
      { userId: 'jukka', displayName: 'Jukka Lehto' },
      { userId: 'new', displayName: 'Nea Uusi' },
    ],
  },
  { teamId: 't-1', name: 'Etelä', socialWorkers: [{ userId: 'jukka', displayName: 'Jukka Lehto' }] },
  { teamId: 't-3', name: 'Tyhjä', socialWorkers: [] },
];
const deadlines: UnmetDeadlineCount[] = [
  { userId: 'sari', kind: 'assessment-start-decision', dueOn: '2026-12-22', count: 2 }, // overdue since today
  { userId: 'sari', kind: 'service-needs-assessment', dueOn: '2026-12-23', count: 1 }, // due today: not yet overdue
  { userId: 'jukka', kind: 'service-needs-assessment', dueOn: '2026-11-30', count: 1 },
  { userId: 'olli', kind: 'client-plan-review', dueOn: '2027-01-15', count: 4 },
];

describe('standingAgainst', () => {
  it.each([
    [0, 'under'],
    [29, 'under'],
    [30, 'at'],
    [31, 'over'],
  ] as const)('%i child clients against 30 is %s', (openCases, standing) => {
    expect(standingAgainst(openCases, 30)).toBe(standing);
  });
});

describe('caseloadOverview', () => {
  const overview = caseloadOverview({ workers, teams, unmetDeadlines: deadlines, on, ...rules });

  it('measures every worker against the limit of the day, over the limit first, then at it, then by caseload', () => {
    expect(overview.limit).toBe(30);
    expect(overview.on).toBe(on);
    expect(overview.workers).toEqual([
      { userId: 'olli', displayName: 'Olli Outsider', openCases: 31, standing: 'over', overdueDeadlines: 0, teams: [] },
      {
        userId: 'jukka',
        displayName: 'Jukka Lehto',
        openCases: 30,
        standing: 'at',
        overdueDeadlines: 1,
        teams: ['Etelä', 'Pohjoinen'],
      },
      {
        userId: 'sari',
        displayName: 'Sari Virtanen',
        openCases: 29,
        standing: 'under',
        overdueDeadlines: 2,
        teams: ['Pohjoinen'],
      },
      { userId: 'new', displayName: 'Nea Uusi', openCases: 0, standing: 'under', overdueDeadlines: 0, teams: ['Pohjoinen'] },
    ]);
  });

  it('totals each team from its social workers, teams by name, an empty team as nothing', () => {
    expect(overview.teams).toEqual([
      { teamId: 't-1', name: 'Etelä', socialWorkers: 1, openCases: 30, atLimit: 1, overLimit: 0, overdueDeadlines: 1 },
      { teamId: 't-2', name: 'Pohjoinen', socialWorkers: 3, openCases: 59, atLimit: 1, overLimit: 0, overdueDeadlines: 3 },
      { teamId: 't-3', name: 'Tyhjä', socialWorkers: 0, openCases: 0, atLimit: 0, overLimit: 0, overdueDeadlines: 0 },
    ]);
  });

  it('counts a deadline overdue from the day after its due day, by kind, each worker once', () => {
    expect(overview.totals).toEqual({
      workers: 4,
      openCases: 90,
      atLimit: 1,
      overLimit: 1,
      overdueDeadlines: 3,
      overdueByKind: { 'assessment-start-decision': 2, 'service-needs-assessment': 1, 'client-plan-review': 0 },
    });
    const dayAfter = caseloadOverview({ workers, teams, unmetDeadlines: deadlines, on: '2026-12-24', ...rules });
    expect(dayAfter.totals.overdueByKind['service-needs-assessment']).toBe(2);
  });

  it('follows the limit in force on the day and a configured schedule', () => {
    expect(caseloadOverview({ workers, teams: [], unmetDeadlines: [], on: '2023-12-31', ...rules }).limit).toBe(35);
    const strict: CaseloadRules = { caseloadLimit: [{ from: null, limit: 29 }] };
    const tight = caseloadOverview({
      workers,
      teams: [],
      unmetDeadlines: [],
      on,
      caseloadRules: strict,
      deadlineRules: defaultDeadlineRules,
    });
    expect(tight.workers.map((worker) => worker.standing)).toEqual(['over', 'over', 'at']);
    expect(tight.totals).toMatchObject({ atLimit: 1, overLimit: 2 });
  });

  it('is all zeros with nobody to count', () => {
    expect(caseloadOverview({ workers: [], teams: [], unmetDeadlines: [], on, ...rules })).toEqual({
      on,
      limit: 30,
      totals: {
        workers: 0,
        openCases: 0,
        atLimit: 0,
        overLimit: 0,
        overdueDeadlines: 0,
        overdueByKind: { 'assessment-start-decision': 0, 'service-needs-assessment': 0, 'client-plan-review': 0 },
      },
      teams: [],
      workers: [],
    });
  });
});
