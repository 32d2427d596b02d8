import { newId } from '@yhdessa/platform';
import { fetchToken } from '@yhdessa/testing';
import type { DataSource } from 'typeorm';
import { caseCoordinationConstraintErrors } from '../src/migrations/constraint-errors.js';
import { childBirthDate, childIdentityCode } from './child-identity.fixture.js';
import { claims, startCaseCoordination, type Answer, type CaseCoordinationUnderTest } from './case-coordination.fixture.js';

/**
 * Every uniqueness rule of the migrations, raced: N requests at once that only one may win. Exactly
 * one succeeds, the rest get the rule's 409 problem, none a 5xx (a violated constraint used to leak
 * out as a 500).
 */
describe('uniqueness rules under concurrent requests', () => {
  const N = 20;
  let service: CaseCoordinationUnderTest;
  let dataSource: DataSource;
  let sari: string;
  let jukka: string;
  let coordinator: string;
  const opened: Array<{ caseId: string; token: string }> = [];

  beforeAll(async () => {
    service = await startCaseCoordination('yhdessa_test_constraint_conflicts');
    dataSource = service.dataSource;
    [sari, jukka, coordinator] = await Promise.all(
      ['sari.virtanen', 'jukka.lehto', 'tuula.niemi'].map((user) => fetchToken(user)),
    );
  }, 90_000);

  afterAll(async () => {
    // Close this run's cases, so the workers' open caseloads in this database stay small run after run.
    for (const { caseId, token } of opened)
      await service.call('POST', `/cases/${caseId}/close`, token, { reason: 'test finished' }).catch(() => undefined);
    await service?.close();
  });

  const call = (method: string, path: string, token: string, body?: unknown) => service.call(method, path, token, body);

  const notification = (child: { name: string; personalIdentityCode: string; dateOfBirth: string }) => ({
    origin: 'child-welfare-notification',
    receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
    language: 'fi',
    child,
    notification: { channel: 'school', content: 'Absent from school for several weeks.' },
  });
  const newChild = () => {
    const dateOfBirth = childBirthDate();
    return { name: `Race Child ${newId().slice(-6)}`, personalIdentityCode: childIdentityCode(dateOfBirth), dateOfBirth };
  };

  async function openCase(token: string, child = newChild()): Promise<string> {
    const answer = await call('POST', '/cases', token, notification(child));
    expect(answer.status).toBe(201);
    opened.push({ caseId: answer.body.id, token });
    return answer.body.id;
  }

  /** Exactly one winner with `winner`, every other answer the rule's conflict, nothing else. */
  function expectOneWinner(answers: Answer[], winner: number, code: string): void {
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    expect(statuses.filter((status) => status === winner)).toHaveLength(1);
    expect(answers.filter((answer) => answer.status !== winner).map((answer) => [answer.status, answer.body.code])).toEqual(
      Array.from({ length: answers.length - 1 }, () => [409, code]),
    );
  }

  it('names only constraints the migrations create', async () => {
    const names: Array<{ name: string }> = await dataSource.query(
      `SELECT conname AS name FROM pg_constraint WHERE connamespace = 'public'::regnamespace
       UNION SELECT indexname FROM pg_indexes WHERE schemaname = 'public'`,
    );
    const known = new Set(names.map((row) => row.name));
    expect(Object.keys(caseCoordinationConstraintErrors).filter((name) => !known.has(name))).toEqual([]);
  });

  it('one open case per child: two workers open one child’s case twenty times at once', async () => {
    const child = newChild();
    const answers = await Promise.all(
      Array.from({ length: N }, (_, index) => call('POST', '/cases', index % 2 === 0 ? sari : jukka, notification(child))),
    );
    expectOneWinner(answers, 201, 'child_already_has_open_case');
    const winner = answers.find((answer) => answer.status === 201)!;
    opened.push({ caseId: winner.body.id, token: winner.body.responsibleWorker.userId === claims(sari).sub ? sari : jukka });
    const [{ n }] = await dataSource.query(
      "SELECT count(*)::int AS n FROM child_case WHERE personal_identity_code = $1 AND status = 'open'",
      [child.personalIdentityCode],
    );
    expect(n).toBe(1);
  }, 60_000);

  it('one open case per child: closed cases of one child reopened at once', async () => {
    const child = newChild();
    const caseIds: string[] = [];
    for (let index = 0; index < 6; index += 1) {
      const token = index % 2 === 0 ? sari : jukka;
      const caseId = await openCase(token, child);
      expect((await call('POST', `/cases/${caseId}/close`, token, { reason: 'handled' })).status).toBe(200);
      caseIds.push(caseId);
    }
    const answers = await Promise.all(
      caseIds.map((caseId, index) =>
        call('POST', `/cases/${caseId}/reopen`, index % 2 === 0 ? sari : jukka, { reason: 'new worry' }),
      ),
    );
    expectOneWinner(answers, 200, 'child_already_has_open_case');
  }, 60_000);

  it('one active care-team membership per person and case', async () => {
    const caseId = await openCase(sari);
    const teacher = claims(await fetchToken('anna.laine'));
    const member = {
      userId: teacher.sub,
      displayName: teacher.name,
      agency: 'school',
      participantKind: 'professional',
      roleInCase: 'class teacher',
      since: '2026-11-23',
    };
    const answers = await Promise.all(Array.from({ length: N }, () => call('POST', `/cases/${caseId}/care-team`, sari, member)));
    expectOneWinner(answers, 201, 'already_on_care_team');
  }, 60_000);

  it('one decision on starting a service-needs assessment per case', async () => {
    const caseId = await openCase(sari);
    const answers = await Promise.all(
      Array.from({ length: N }, (_, index) =>
        call('POST', `/cases/${caseId}/assessment-decision`, sari, { decision: index % 2 === 0 ? 'start' : 'no-start' }),
      ),
    );
    expectOneWinner(answers, 200, 'assessment_decision_already_made');
    const [{ n }] = await dataSource.query(
      'SELECT count(*)::int AS n FROM case_deadline WHERE case_id = $1 AND met_at IS NOT NULL',
      [caseId],
    );
    expect(n).toBe(1);
  }, 60_000);

  it('one active membership per person and systemic team', async () => {
    const team = await call('POST', '/teams', coordinator, { name: `Race Team ${newId().slice(-6)}` });
    expect(team.status).toBe(201);
    const clinician = claims(await fetchToken('elina.koski'));
    const answers = await Promise.all(
      Array.from({ length: N }, () =>
        call('POST', `/teams/${team.body.id}/members`, coordinator, {
          userId: clinician.sub,
          displayName: clinician.name,
          teamRole: 'clinician',
        }),
      ),
    );
    expectOneWinner(answers, 201, 'already_member');
  }, 60_000);

  it('one meeting per team and day', async () => {
    const team = await call('POST', '/teams', coordinator, { name: `Race Team ${newId().slice(-6)}` });
    const answers = await Promise.all(
      Array.from({ length: N }, () => call('POST', `/teams/${team.body.id}/meetings`, coordinator, { heldOn: '2026-12-03' })),
    );
    expectOneWinner(answers, 201, 'meeting_already_scheduled');
  }, 60_000);
});
