import { newId } from '@yhdessa/platform';
import { expectEventually, fetchToken } from '@yhdessa/testing';
import type { DataSource } from 'typeorm';
import { childBirthDate, childIdentityCode } from './child-identity.fixture.js';
import { claims, startCaseCoordination, type CaseCoordinationUnderTest } from './case-coordination.fixture.js';

interface Person {
  token: string;
  userId: string;
  name: string;
}

/**
 * The statutory caseload limit (LSL 13 b §) on every path that makes a child someone's client:
 * opening, opening for a named colleague, reopening, handing over. With CASELOAD_LIMIT=2: one under
 * the limit passes, at the limit is refused, over it only by a service manager's override, which the
 * event and the timeline record.
 */
describe('the caseload limit on every path', () => {
  const LIMIT = 2;
  let service: CaseCoordinationUnderTest;
  let dataSource: DataSource;
  let sari: Person;
  let jukka: Person;
  let manager: Person;
  let coordinator: Person;
  let teacher: Person;

  const person = async (username: string): Promise<Person> => {
    const token = await fetchToken(username);
    return { token, userId: claims(token).sub, name: claims(token).name };
  };
  const call = (method: string, path: string, who: Person, body?: unknown) => service.call(method, path, who.token, body);
  const caseload = async (who: Person): Promise<number> =>
    (await call('GET', `/caseload/workers/${who.userId}`, manager)).body.openCases;
  const outboxSize = async (): Promise<number> => (await dataSource.query('SELECT count(*)::int AS n FROM outbox'))[0].n;
  const payloadOf = async (caseId: string, eventName: string) =>
    (await dataSource.query('SELECT envelope FROM outbox WHERE message_key = $1 AND event_name = $2', [caseId, eventName]))[0]
      ?.envelope.payload;

  const notification = (extra: Record<string, unknown> = {}) => {
    const dateOfBirth = childBirthDate();
    return {
      origin: 'child-welfare-notification',
      receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
      language: 'fi',
      child: { name: `Caseload Child ${newId().slice(-6)}`, personalIdentityCode: childIdentityCode(dateOfBirth), dateOfBirth },
      notification: { channel: 'school', content: 'Absent from school for several weeks.' },
      ...extra,
    };
  };

  /** Closes every open case of the workers here, through the API, so each test starts from an empty caseload. */
  async function closeAllOpenCases(): Promise<void> {
    const open: Array<{ id: string; responsible_worker_id: string }> = await dataSource.query(
      "SELECT id, responsible_worker_id FROM child_case WHERE status = 'open'",
    );
    for (const kase of open) {
      const worker = [sari, jukka].find((candidate) => candidate.userId === kase.responsible_worker_id);
      if (worker) expect((await call('POST', `/cases/${kase.id}/close`, worker, { reason: 'test finished' })).status).toBe(200);
    }
  }

  async function open(who: Person, extra: Record<string, unknown> = {}): Promise<string> {
    const opened = await call('POST', '/cases', who, notification(extra));
    expect(opened.status).toBe(201);
    return opened.body.id;
  }

  beforeAll(async () => {
    service = await startCaseCoordination('yhdessa_test_caseload_limit', { env: { CASELOAD_LIMIT: String(LIMIT) } });
    dataSource = service.dataSource;
    [sari, jukka, manager, coordinator, teacher] = await Promise.all(
      ['sari.virtanen', 'jukka.lehto', 'markku.salo', 'tuula.niemi', 'anna.laine'].map(person),
    );
    // Sari and Jukka are social workers on a systemic team: that is how the service knows them as such.
    const team = await call('POST', '/teams', coordinator, { name: `Caseload Team ${newId().slice(-6)}` });
    expect(team.status).toBe(201);
    for (const worker of [sari, jukka]) {
      expect(
        (
          await call('POST', `/teams/${team.body.id}/members`, coordinator, {
            userId: worker.userId,
            displayName: worker.name,
            teamRole: 'social-worker',
          })
        ).status,
      ).toBe(201);
    }
  }, 90_000);

  beforeEach(closeAllOpenCases, 60_000);

  afterAll(async () => {
    if (dataSource) await closeAllOpenCases();
    await service?.close();
  });

  it('opening: under the limit passes, at the limit is refused writing nothing, over it only by a service manager', async () => {
    await open(sari);
    await open(sari); // one under the limit: the second child client
    expect(await caseload(sari)).toBe(LIMIT);

    const before = await outboxSize();
    const refused = await call('POST', '/cases', sari, notification());
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'caseload_limit_reached', limit: LIMIT, currentCaseload: LIMIT });
    const selfOverride = await call('POST', '/cases', sari, notification({ caseloadOverrideReason: 'I can take one more' }));
    expect(selfOverride.status).toBe(403);
    expect(selfOverride.body.code).toBe('caseload_override_not_allowed');
    expect(await outboxSize()).toBe(before);
    expect(await caseload(sari)).toBe(LIMIT);

    const overridden = await call(
      'POST',
      '/cases',
      manager,
      notification({
        responsibleWorker: { userId: sari.userId, displayName: sari.name },
        caseloadOverrideReason: 'Sibling of a child in her caseload',
      }),
    );
    expect(overridden.status).toBe(201);
    expect(overridden.body.responsibleWorker).toEqual({ userId: sari.userId, displayName: sari.name });
    expect(await payloadOf(overridden.body.id, 'CaseOpened.v2')).toMatchObject({
      responsibleWorker: { userId: sari.userId },
      caseloadOverride: { byUserId: manager.userId, reason: 'Sibling of a child in her caseload' },
    });
    expect(await caseload(sari)).toBe(LIMIT + 1);
    const timeline = await expectEventually(
      async () => {
        const entries = (await call('GET', `/cases/${overridden.body.id}/timeline`, sari)).body as Array<{
          event: string;
          summary: string;
        }>;
        expect(entries.map((entry) => entry.event)).toContain('CaseOpened.v2');
        return entries;
      },
      30_000,
      200,
    );
    expect(timeline.find((entry) => entry.event === 'CaseOpened.v2')!.summary).toContain(
      "over the statutory caseload limit by a service manager's decision: Sibling of a child in her caseload",
    );
  }, 60_000);

  it('opening for a named colleague counts the colleague’s caseload, and only a known social worker is named', async () => {
    const forJukka = await call(
      'POST',
      '/cases',
      sari,
      notification({ responsibleWorker: { userId: jukka.userId, displayName: jukka.name } }),
    );
    expect(forJukka.status).toBe(201);
    expect(forJukka.body.responsibleWorker.userId).toBe(jukka.userId);
    expect(await caseload(jukka)).toBe(1);
    expect(await caseload(sari)).toBe(0);
    await open(sari, { responsibleWorker: { userId: jukka.userId, displayName: jukka.name } });
    const atLimit = await call(
      'POST',
      '/cases',
      sari,
      notification({ responsibleWorker: { userId: jukka.userId, displayName: jukka.name } }),
    );
    expect(atLimit.status).toBe(409);
    expect(atLimit.body.code).toBe('caseload_limit_reached');

    const aTeacher = await call(
      'POST',
      '/cases',
      sari,
      notification({ responsibleWorker: { userId: teacher.userId, displayName: teacher.name } }),
    );
    expect(aTeacher.status).toBe(422);
    expect(aTeacher.body.code).toBe('responsible_worker_not_social_worker');
    const managerHimself = await call('POST', '/cases', manager, notification());
    expect(managerHimself.status).toBe(422);
    expect(managerHimself.body.code).toBe('responsible_worker_not_social_worker');
  }, 60_000);

  it('reopening gives the worker the child again: refused at the limit, over it only by a service manager', async () => {
    const closed = await open(sari);
    // The service manager who may later decide an override takes part in the case.
    const added = await call('POST', `/cases/${closed}/care-team`, sari, {
      userId: manager.userId,
      displayName: manager.name,
      agency: 'child-protection',
      participantKind: 'professional',
      roleInCase: 'service manager',
      since: '2026-01-01',
    });
    expect(added.status).toBe(201);
    expect((await call('POST', `/cases/${closed}/close`, sari, { reason: 'support ended' })).status).toBe(200);
    await open(sari); // one under the limit: reopening would make it two
    const reopenedUnder = await call('POST', `/cases/${closed}/reopen`, sari, { reason: 'new worry' });
    expect(reopenedUnder.status).toBe(200);
    expect((await call('POST', `/cases/${closed}/close`, sari, { reason: 'support ended again' })).status).toBe(200);
    await open(sari); // now at the limit

    const refused = await call('POST', `/cases/${closed}/reopen`, sari, { reason: 'new worry' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'caseload_limit_reached', limit: LIMIT, currentCaseload: LIMIT });
    expect((await dataSource.query('SELECT status FROM child_case WHERE id = $1', [closed]))[0].status).toBe('closed');

    const overridden = await call('POST', `/cases/${closed}/reopen`, manager, {
      reason: 'new worry',
      caseloadOverrideReason: 'Knows the family from before',
    });
    expect(overridden.status).toBe(200);
    const reopenings = await dataSource.query(
      "SELECT envelope FROM outbox WHERE message_key = $1 AND event_name = 'CaseReopened.v1' ORDER BY seq",
      [closed],
    );
    expect(
      reopenings.map((row: { envelope: { payload: { caseloadOverride: unknown } } }) => row.envelope.payload.caseloadOverride),
    ).toEqual([null, { byUserId: manager.userId, reason: 'Knows the family from before' }]);
    expect(await caseload(sari)).toBe(LIMIT + 1);
    await expectEventually(
      async () => {
        const entries = (await call('GET', `/cases/${closed}/timeline`, sari)).body as Array<{ event: string; summary: string }>;
        expect(entries.map((entry) => entry.summary)).toContain(
          "Case reopened: new worry; over the statutory caseload limit by a service manager's decision: Knows the family from before",
        );
      },
      30_000,
      200,
    );
  }, 60_000);

  it('handing over: under the limit passes, at the limit is refused, over it only by a service manager; never to a non-social-worker', async () => {
    const first = await open(sari);
    const second = await open(sari);
    const handOver = (caseId: string, by: Person, extra: Record<string, unknown> = {}) =>
      call('POST', `/cases/${caseId}/responsible-worker`, by, {
        to: { userId: jukka.userId, displayName: jukka.name },
        ...extra,
      });

    expect(
      (
        await call('POST', `/cases/${first}/responsible-worker`, sari, {
          to: { userId: teacher.userId, displayName: teacher.name },
        })
      ).body.code,
    ).toBe('responsible_worker_not_social_worker');
    expect((await handOver(first, sari)).status).toBe(200);
    await open(jukka); // Jukka at the limit
    expect(await caseload(jukka)).toBe(LIMIT);
    const refused = await handOver(second, sari);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'caseload_limit_reached', limit: LIMIT, currentCaseload: LIMIT });
    expect((await handOver(second, sari, { caseloadOverrideReason: 'urgent' })).body.code).toBe('caseload_override_not_allowed');

    const overridden = await handOver(second, manager, { caseloadOverrideReason: 'Only Swedish-speaking worker' });
    expect(overridden.status).toBe(200);
    expect(await payloadOf(second, 'ResponsibleWorkerChanged.v1')).toMatchObject({
      caseloadOverride: { byUserId: manager.userId, reason: 'Only Swedish-speaking worker' },
    });
    expect(await caseload(jukka)).toBe(LIMIT + 1);
    await expectEventually(
      async () => {
        const entries = (await call('GET', `/cases/${second}/timeline`, jukka)).body as Array<{ event: string; summary: string }>;
        expect(entries.find((entry) => entry.event === 'ResponsibleWorkerChanged.v1')?.summary).toContain(
          'over the statutory caseload limit',
        );
      },
      30_000,
      200,
    );
  }, 60_000);

  it('two openings for one worker at the limit’s edge at once: only one passes', async () => {
    await open(sari);
    const answers = await Promise.all(Array.from({ length: 8 }, () => call('POST', '/cases', sari, notification())));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    expect(await caseload(sari)).toBe(LIMIT);
  }, 60_000);
});
