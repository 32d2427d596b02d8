import { AuditLog } from '@yhdessa/audit';
import { newId } from '@yhdessa/platform';
import { fetchToken } from '@yhdessa/testing';
import type { DataSource } from 'typeorm';
import { claims, startCaseCoordination, type CaseCoordinationUnderTest } from './case-coordination.fixture.js';
import { closeOpenCases } from './open-cases.fixture.js';

describe('case-coordination HTTP API with real tokens', () => {
  let service: CaseCoordinationUnderTest;
  let dataSource: DataSource;
  let worker: string;

  beforeAll(async () => {
    service = await startCaseCoordination('yhdessa_test_case_api');
    dataSource = service.dataSource;
    worker = await fetchToken('sari.virtanen');
    await closeOpenCases(service, new Map([[claims(worker).sub, worker]])); // earlier runs' cases, within the caseload limit
  }, 90_000);

  afterAll(async () => {
    if (service) await closeOpenCases(service, new Map([[claims(worker).sub, worker]]));
    await service?.close();
  });

  const call = (method: string, path: string, token: string | undefined, body?: unknown) =>
    service.call(method, path, token, body, { 'x-correlation-id': 'case-api-test-0001' });

  const validCase = {
    origin: 'child-welfare-notification',
    receivedAt: '2026-11-02T09:15:00+02:00',
    language: 'fi',
    child: { name: 'Test Child', dateOfBirth: '2015-04-01' },
    notification: { channel: 'anonymous', content: 'Worried about the child.' },
  };
  const outboxCount = async (): Promise<number> => (await dataSource.query('SELECT count(*)::int AS n FROM outbox'))[0].n;

  it('opens a case, with the opener as responsible worker, and writes both events in the same transaction', async () => {
    const opened = await call('POST', '/cases', worker, validCase);
    expect(opened.status).toBe(201);
    expect(opened.body.responsibleWorker.userId).toBe(claims(worker).sub);
    const events = await dataSource.query('SELECT event_name FROM outbox WHERE message_key = $1 ORDER BY seq', [opened.body.id]);
    expect(events.map((row: { event_name: string }) => row.event_name)).toEqual([
      'CaseOpened.v2',
      'CareTeamMemberAdded.v1',
      'CaseState.v1',
    ]);
    const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM case_deadline WHERE case_id = $1', [opened.body.id]);
    expect(n).toBe(1); // the decision clock started in the same transaction
  });

  it('refuses bad input with a 400 problem naming the fields, and writes nothing', async () => {
    const before = await outboxCount();
    const bad = await call('POST', '/cases', worker, { ...validCase, language: 'de', receivedAt: 'yesterday', extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.type).toContain('application/problem+json');
    expect(bad.body.code).toBe('validation_failed');
    expect(bad.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(['', 'language', 'receivedAt']);
    const unreadable = await call('POST', '/cases', worker, '{"origin":');
    expect(unreadable.status).toBe(400);
    expect(await outboxCount()).toBe(before);
  });

  it('refuses to open a case for a teacher (403) and for a caller without a token (401)', async () => {
    const teacher = await call('POST', '/cases', await fetchToken('anna.laine'), validCase);
    expect(teacher.status).toBe(403);
    expect(teacher.body.code).toBe('role_required');
    const anonymous = await call('POST', '/cases', undefined, validCase);
    expect(anonymous.status).toBe(401);
  });

  it("answers 404 to someone outside the care team, as if the case didn't exist", async () => {
    const opened = await call('POST', '/cases', worker, validCase);
    const otherWorker = await call('GET', `/cases/${opened.body.id}`, await fetchToken('jukka.lehto'));
    const nobody = await call('GET', `/cases/${newId()}`, worker);
    expect(otherWorker.status).toBe(404);
    expect(otherWorker.body.code).toBe('case_not_found');
    expect(nobody.body).toMatchObject({ status: 404, code: 'case_not_found' });
  });

  it('audits every read of a case: who, which case, what class, why', async () => {
    const opened = await call('POST', '/cases', worker, validCase);
    const read = await call('GET', `/cases/${opened.body.id}`, worker);
    expect(read.status).toBe(200);
    const records = await service.app.get(AuditLog).forCase(opened.body.id);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      actor: { userId: claims(worker).sub, agency: 'child-protection', role: 'cp-social-worker' },
      action: 'read',
      caseId: opened.body.id,
      resource: 'case',
      informationClass: 'child-protection',
      purpose: 'care-team-work',
      correlationId: 'case-api-test-0001',
    });
  });

  it('keeps one active membership per person, and the responsible worker on the team', async () => {
    const opened = await call('POST', '/cases', worker, validCase);
    const teacher = claims(await fetchToken('anna.laine'));
    const member = {
      userId: teacher.sub,
      displayName: teacher.name,
      agency: 'school',
      participantKind: 'professional',
      roleInCase: 'class teacher',
      since: '2026-11-23',
    };
    expect((await call('POST', `/cases/${opened.body.id}/care-team`, worker, member)).status).toBe(201);
    const again = await call('POST', `/cases/${opened.body.id}/care-team`, worker, member);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_on_care_team');
    const team = await call('GET', `/cases/${opened.body.id}/care-team`, worker);
    const responsible = team.body.find((entry: { userId: string }) => entry.userId === claims(worker).sub);
    // The role's code, not words: the web app words it in the reader's language, client-plan finds the worker by it.
    expect(responsible.roleInCase).toBe('responsible social worker');
    const leaving = await call('DELETE', `/cases/${opened.body.id}/care-team/${responsible.memberId}`, worker, {});
    expect(leaving.status).toBe(409);
    expect(leaving.body.code).toBe('responsible_worker_cannot_leave');
  });
});
