import { AuditLog } from '@yhdessa/audit';
import { FixedClock, newId } from '@yhdessa/platform';
import { fetchToken } from '@yhdessa/testing';
import { caseloadOverviewSchema } from '../src/caseload-overview/caseload-overview.view.schema.js';
import { childBirthDate, childIdentityCode } from './child-identity.fixture.js';
import { claims, startCaseCoordination, type CaseCoordinationUnderTest } from './case-coordination.fixture.js';
import { closeOpenCases } from './open-cases.fixture.js';

interface Person {
  token: string;
  userId: string;
  name: string;
}

/**
 * The service manager's overview (GET /caseload/overview): every responsible worker's and systemic
 * team's caseload against the limit and the overdue deadlines, counted on the real tables at a fixed
 * date. Counts only: no child's name, identity, date of birth or case id in the answer, no read of
 * client data to audit. Only the service manager's role gets it.
 */
describe('GET /caseload/overview', () => {
  const LIMIT = 2;
  let service: CaseCoordinationUnderTest;
  let sari: Person;
  let jukka: Person;
  let manager: Person;
  let coordinator: Person;
  const teamName = `Overview Team ${newId().slice(-6)}`;
  let teamId: string;
  const children: Array<{ name: string; personalIdentityCode: string; dateOfBirth: string }> = [];
  const caseIds: string[] = [];

  const person = async (username: string): Promise<Person> => {
    const token = await fetchToken(username);
    return { token, userId: claims(token).sub, name: claims(token).name };
  };
  const call = (method: string, path: string, who: Person, body?: unknown) => service.call(method, path, who.token, body);

  /** A case received on a day (Finnish time 9.15), for `who`, or by the manager for `worker` over the limit. */
  async function open(who: Person, receivedOn: string, worker?: Person): Promise<void> {
    const dateOfBirth = childBirthDate();
    const child = {
      name: `Overview Child ${newId().slice(-8)}`,
      personalIdentityCode: childIdentityCode(dateOfBirth),
      dateOfBirth,
    };
    const opened = await call('POST', '/cases', who, {
      origin: 'child-welfare-notification',
      receivedAt: `${receivedOn}T09:15:00+02:00`,
      language: 'fi',
      child,
      notification: { channel: 'school', content: 'Often absent from school.' },
      ...(worker
        ? {
            responsibleWorker: { userId: worker.userId, displayName: worker.name },
            caseloadOverrideReason: 'Sibling of her client',
          }
        : {}),
    });
    expect(opened.status).toBe(201);
    children.push(child);
    caseIds.push(opened.body.id);
  }

  beforeAll(async () => {
    service = await startCaseCoordination('yhdessa_test_caseload_overview', {
      clock: new FixedClock(new Date('2026-12-23T12:00:00+02:00')),
      env: { CASELOAD_LIMIT: String(LIMIT) },
    });
    [sari, jukka, manager, coordinator] = await Promise.all(
      ['sari.virtanen', 'jukka.lehto', 'markku.salo', 'tuula.niemi'].map(person),
    );
    // The test database outlives its run: earlier runs' cases are closed, so only this run's are counted.
    await closeOpenCases(
      service,
      new Map([
        [sari.userId, sari.token],
        [jukka.userId, jukka.token],
      ]),
    );
    const team = await call('POST', '/teams', coordinator, { name: teamName });
    expect(team.status).toBe(201);
    teamId = team.body.id;
    for (const worker of [sari, jukka]) {
      const added = await call('POST', `/teams/${teamId}/members`, coordinator, {
        userId: worker.userId,
        displayName: worker.name,
        teamRole: 'social-worker',
      });
      expect(added.status).toBe(201);
    }
    // Sari: two cases (at the limit), and a third by the manager's override (over it); the first received
    // on 1 December, its decision on starting the assessment overdue. Jukka: one case, received on 2 December, overdue too.
    await open(sari, '2026-12-01');
    await open(sari, '2026-12-22');
    await open(manager, '2026-12-22', sari);
    await open(jukka, '2026-12-02');
  }, 120_000);

  afterAll(async () => {
    if (service)
      await closeOpenCases(
        service,
        new Map([
          [sari.userId, sari.token],
          [jukka.userId, jukka.token],
        ]),
      );
    await service?.close();
  });

  it('counts each worker and team against the limit of the day, and the overdue deadlines', async () => {
    const answer = await call('GET', '/caseload/overview', manager);
    expect(answer.status).toBe(200);
    expect(() => caseloadOverviewSchema.parse(answer.body)).not.toThrow();
    const overview = caseloadOverviewSchema.parse(answer.body);
    expect(overview.on).toBe('2026-12-23');
    expect(overview.limit).toBe(LIMIT);
    expect(overview.totals).toEqual({
      workers: 2,
      openCases: 4,
      atLimit: 0,
      overLimit: 1,
      overdueDeadlines: 2,
      overdueByKind: { 'assessment-start-decision': 2, 'service-needs-assessment': 0, 'client-plan-review': 0 },
    });
    expect(overview.teams.find((team) => team.teamId === teamId)).toEqual({
      teamId,
      name: teamName,
      socialWorkers: 2,
      openCases: 4,
      atLimit: 0,
      overLimit: 1,
      overdueDeadlines: 2,
    });
    expect(overview.workers.map(({ teams, ...worker }) => ({ ...worker, onTeam: teams.includes(teamName) }))).toEqual([
      { userId: sari.userId, displayName: sari.name, openCases: 3, standing: 'over', overdueDeadlines: 1, onTeam: true },
      { userId: jukka.userId, displayName: jukka.name, openCases: 1, standing: 'under', overdueDeadlines: 1, onTeam: true },
    ]);
  });

  it('follows the records: a case closed leaves the counts, and a worker at the limit is shown at it', async () => {
    const lastOfSaris = caseIds[2]!;
    expect((await call('POST', `/cases/${lastOfSaris}/close`, sari, { reason: 'moved away' })).status).toBe(200);
    const overview = caseloadOverviewSchema.parse((await call('GET', '/caseload/overview', manager)).body);
    expect(overview.totals).toMatchObject({ openCases: 3, atLimit: 1, overLimit: 0, overdueDeadlines: 2 });
    expect(overview.workers[0]).toMatchObject({ userId: sari.userId, openCases: 2, standing: 'at' });
    expect(overview.teams.find((team) => team.teamId === teamId)).toMatchObject({ openCases: 3, atLimit: 1, overLimit: 0 });
  });

  it('carries no child data: no name, identity code, date of birth or case id, and writes no audit record', async () => {
    const answer = await call('GET', '/caseload/overview', manager);
    const text = JSON.stringify(answer.body);
    expect(children).toHaveLength(4);
    for (const child of children) {
      expect(text).not.toContain(child.name);
      expect(text).not.toContain(child.personalIdentityCode);
      expect(text).not.toContain(child.dateOfBirth);
    }
    for (const caseId of caseIds) expect(text).not.toContain(caseId);
    expect(text).not.toContain('Often absent');
    const audit = service.app.get(AuditLog);
    for (const caseId of caseIds) {
      expect((await audit.forCase(caseId)).filter((record) => record.actor.userId === manager.userId)).toEqual([]);
    }
  });

  it.each([
    ['a social worker', 'sari.virtanen'],
    ['a team coordinator', 'tuula.niemi'],
    ['a systemic clinician', 'elina.koski'],
    ['a teacher', 'anna.laine'],
    ['a psychiatry clinician', 'hanna.makinen'],
    ['a guardian', 'liisa.aalto'],
    ['a young person', 'aino.aalto'],
  ])('refuses %s: 403 role_required, nothing counted for them', async (_who, username) => {
    const refused = await service.call('GET', '/caseload/overview', await fetchToken(username));
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ status: 403, code: 'role_required' });
    expect(refused.body).not.toHaveProperty('totals');
  });

  it('refuses a call without a token: 401', async () => {
    const refused = await service.call('GET', '/caseload/overview', undefined);
    expect(refused.status).toBe(401);
  });
});
