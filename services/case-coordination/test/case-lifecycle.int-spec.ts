import { FixedClock, newId } from '@yhdessa/platform';
import { expectEventually, fetchToken } from '@yhdessa/testing';
import type { DataSource } from 'typeorm';
import { DeadlineWatcher } from '../src/deadlines/deadline-watcher.js';
import { childBirthDate, childIdentityCode } from './child-identity.fixture.js';
import { claims, startCaseCoordination, type CaseCoordinationUnderTest } from './case-coordination.fixture.js';

// The service lives at a fixed date, so the law's clocks are checked the same whenever the test runs:
// a notification received on 23 December 2026 (Christmas Eve, Christmas, New Year and Epiphany are no
// working days) is decided on by 7 January 2027 and assessed by 23 March 2027.
const receivedAt = '2026-12-23T09:00:00+02:00';
const clock = new FixedClock(new Date('2026-12-23T12:00:00+02:00'));
const onDay = (day: string) => clock.set(new Date(`${day}T12:00:00+02:00`));

describe('case lifecycle: identity, clocks, handover, timeline', () => {
  let service: CaseCoordinationUnderTest;
  let dataSource: DataSource;
  let worker: string;

  beforeEach(() => onDay('2026-12-23'));

  beforeAll(async () => {
    service = await startCaseCoordination('yhdessa_test_case_lifecycle', { clock });
    dataSource = service.dataSource;
    worker = await fetchToken('sari.virtanen');
  }, 90_000);

  afterAll(async () => {
    // Close this run's cases, so the workers' open caseloads in this database stay within the limit run after run.
    if (dataSource) {
      const tokens = new Map(
        await Promise.all(
          ['sari.virtanen', 'jukka.lehto'].map(async (user) => {
            const token = await fetchToken(user);
            return [claims(token).sub, token] as const;
          }),
        ),
      );
      const open: Array<{ id: string; responsible_worker_id: string }> = await dataSource.query(
        "SELECT id, responsible_worker_id FROM child_case WHERE status = 'open'",
      );
      for (const kase of open) {
        const token = tokens.get(kase.responsible_worker_id);
        if (token) await call('POST', `/cases/${kase.id}/close`, token, { reason: 'test finished' });
      }
    }
    await service?.close();
  });

  const call = (method: string, path: string, token: string | undefined, body?: unknown) =>
    service.call(method, path, token, body);

  const notification = (overrides: Record<string, unknown> = {}) => {
    const dateOfBirth = childBirthDate();
    return {
      origin: 'child-welfare-notification',
      receivedAt,
      language: 'fi',
      child: { name: `Mika Test ${newId().slice(-6)}`, personalIdentityCode: childIdentityCode(dateOfBirth), dateOfBirth },
      guardians: [{ name: 'Kari Saarinen', userId: null }],
      notification: { channel: 'school', notifierName: 'Anna Laine', content: 'Absent from school for several weeks.' },
      ...overrides,
    };
  };
  const eventsOf = async (caseId: string): Promise<string[]> =>
    (await dataSource.query('SELECT event_name FROM outbox WHERE message_key = $1 ORDER BY seq', [caseId])).map(
      (row: { event_name: string }) => row.event_name,
    );

  it('opens a case for a child whose identity code checks out, once per child', async () => {
    const command = notification();
    const opened = await call('POST', '/cases', worker, command);
    expect(opened.status).toBe(201);
    expect(opened.body.child).toMatchObject({ name: command.child.name, dateOfBirth: command.child.dateOfBirth });
    const again = await call('POST', '/cases', worker, notification({ child: command.child }));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('child_already_has_open_case');
  });

  it('refuses a wrong check character, a mismatched birth date or a notification from the future, writing nothing', async () => {
    const before = (await dataSource.query('SELECT count(*)::int AS n FROM child_case'))[0].n;
    const good = notification();
    const code = good.child.personalIdentityCode;
    const wrongCheck = code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A');
    expect(
      (await call('POST', '/cases', worker, notification({ child: { ...good.child, personalIdentityCode: wrongCheck } }))).body
        .code,
    ).toBe('invalid_personal_identity_code');
    expect(
      (await call('POST', '/cases', worker, notification({ child: { ...good.child, dateOfBirth: '2008-01-01' } }))).body.code,
    ).toBe('date_of_birth_mismatch');
    const future = await call('POST', '/cases', worker, notification({ receivedAt: '2026-12-24T09:00:00+02:00' }));
    expect(future.status).toBe(400);
    expect(future.body.code).toBe('received_in_future');
    expect((await dataSource.query('SELECT count(*)::int AS n FROM child_case'))[0].n).toBe(before);
  });

  it('starts the decision clock at 7 working days after receipt, and the assessment clock at 3 months from receipt', async () => {
    const opened = (await call('POST', '/cases', worker, notification())).body;
    const clocks = await call('GET', `/cases/${opened.id}/deadlines`, worker);
    expect(clocks.body).toEqual([
      expect.objectContaining({ kind: 'assessment-start-decision', dueOn: '2027-01-07', status: 'open', overdue: false }),
    ]);
    onDay('2027-01-08');
    expect((await call('GET', `/cases/${opened.id}/deadlines`, worker)).body).toEqual([
      expect.objectContaining({ kind: 'assessment-start-decision', dueOn: '2027-01-07', status: 'overdue', overdue: true }),
    ]);

    const decided = await call('POST', `/cases/${opened.id}/assessment-decision`, worker, { decision: 'start' });
    expect(decided.status).toBe(200);
    const assessment = decided.body.find((deadline: { kind: string }) => deadline.kind === 'service-needs-assessment');
    expect(assessment).toMatchObject({ dueOn: '2027-03-23', status: 'open', overdue: false });
    expect((await call('POST', `/cases/${opened.id}/assessment-decision`, worker, { decision: 'no-start' })).body.code).toBe(
      'assessment_decision_already_made',
    );
    expect(await eventsOf(opened.id)).toContain('ServiceNeedsAssessmentDecided.v1');
  });

  it('raises DeadlineOverdue once for a clock that passed unmet, and lists it flagged for the worker', async () => {
    const opened = (await call('POST', '/cases', worker, notification())).body;
    const watcher = service.app.get(DeadlineWatcher);
    await watcher.raiseOverdue('2027-01-07');
    expect(await eventsOf(opened.id)).not.toContain('DeadlineOverdue.v1');
    await watcher.raiseOverdue('2027-01-08');
    await watcher.raiseOverdue('2027-01-11');
    expect((await eventsOf(opened.id)).filter((name) => name === 'DeadlineOverdue.v1')).toHaveLength(1);
    onDay('2027-01-08');
    const mine = await call('GET', '/deadlines/mine', worker);
    expect(mine.body).toContainEqual(
      expect.objectContaining({ caseId: opened.id, kind: 'assessment-start-decision', overdue: true }),
    );
  });

  it('closes and reopens with reasons, and finds my cases by the child’s name', async () => {
    const command = notification();
    const opened = (await call('POST', '/cases', worker, command)).body;
    const found = await call('GET', `/cases?q=${encodeURIComponent(command.child.name)}`, worker);
    expect(found.body.map((kase: { id: string }) => kase.id)).toEqual([opened.id]);
    expect((await call('POST', `/cases/${opened.id}/close`, worker, { reason: 'moved abroad' })).body.status).toBe('closed');
    expect((await call('POST', `/cases/${opened.id}/close`, worker, { reason: 'again' })).body.code).toBe('case_closed');
    expect((await call('GET', `/cases?status=closed&q=${encodeURIComponent(command.child.name)}`, worker)).body).toHaveLength(1);
    expect((await call('POST', `/cases/${opened.id}/reopen`, worker, { reason: 'moved back' })).body.status).toBe('open');
    expect(await eventsOf(opened.id)).toEqual(expect.arrayContaining(['CaseClosed.v1', 'CaseReopened.v1']));
  });

  it('hands a case over with both names recorded, refusing it over the caseload limit unless a service manager overrides', async () => {
    const colleague = claims(await fetchToken('jukka.lehto'));
    const manager = await fetchToken('markku.salo');
    // The service knows a social worker by their place on a systemic team.
    const team = await call('POST', '/teams', manager, { name: `Lifecycle Team ${newId().slice(-6)}` });
    await call('POST', `/teams/${team.body.id}/members`, manager, {
      userId: colleague.sub,
      displayName: colleague.name,
      teamRole: 'social-worker',
    });
    const opened = (await call('POST', '/cases', worker, notification())).body;
    const [{ n: colleagueCaseload }] = await dataSource.query(
      "SELECT count(*)::int AS n FROM child_case WHERE responsible_worker_id = $1 AND status = 'open'",
      [colleague.sub],
    );
    // Bring the colleague to the limit in this test database, then try one more.
    const limit = (await call('GET', `/caseload/workers/${colleague.sub}`, manager)).body.limit as number;
    for (let count = colleagueCaseload; count < limit; count += 1) {
      const extra = (await call('POST', '/cases', worker, notification())).body;
      expect(
        (
          await call('POST', `/cases/${extra.id}/responsible-worker`, worker, {
            to: { userId: colleague.sub, displayName: colleague.name },
          })
        ).status,
      ).toBe(200);
    }
    const refused = await call('POST', `/cases/${opened.id}/responsible-worker`, worker, {
      to: { userId: colleague.sub, displayName: colleague.name },
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'caseload_limit_reached', limit });
    const notAllowed = await call('POST', `/cases/${opened.id}/responsible-worker`, worker, {
      to: { userId: colleague.sub, displayName: colleague.name },
      caseloadOverrideReason: 'urgent',
    });
    expect(notAllowed.body.code).toBe('caseload_override_not_allowed');

    // The service manager acts without being on the care team, and sees no client details doing it.
    const overridden = await call('POST', `/cases/${opened.id}/responsible-worker`, manager, {
      to: { userId: colleague.sub, displayName: colleague.name },
      caseloadOverrideReason: 'Sibling of a child in his caseload',
    });
    expect(overridden.status).toBe(200);
    expect(overridden.body).toEqual({
      caseId: opened.id,
      responsibleWorker: { userId: colleague.sub, displayName: colleague.name },
    });
    expect((await call('GET', `/cases/${opened.id}`, manager)).status).toBe(404);
    const [{ envelope }] = await dataSource.query(
      "SELECT envelope FROM outbox WHERE message_key = $1 AND event_name = 'ResponsibleWorkerChanged.v1'",
      [opened.id],
    );
    expect(envelope.payload).toMatchObject({
      from: { userId: claims(worker).sub },
      to: { userId: colleague.sub, displayName: colleague.name },
      caseloadOverride: { byUserId: claims(manager).sub, reason: 'Sibling of a child in his caseload' },
    });
  }, 60_000);

  it('builds the timeline from the events, and shows a teacher only what the school may see', async () => {
    const opened = (await call('POST', '/cases', worker, notification())).body;
    const teacher = claims(await fetchToken('anna.laine'));
    await call('POST', `/cases/${opened.id}/care-team`, worker, {
      userId: teacher.sub,
      displayName: teacher.name,
      agency: 'school',
      participantKind: 'professional',
      roleInCase: 'class teacher',
      since: '2026-12-23',
    });
    const forWorker = await expectEventually(
      async () => {
        const timeline = (await call('GET', `/cases/${opened.id}/timeline`, worker)).body as Array<{ event: string }>;
        expect(timeline.map((entry) => entry.event)).toEqual([
          'CaseOpened.v2',
          'CareTeamMemberAdded.v1',
          'CareTeamMemberAdded.v1',
        ]);
        return timeline;
      },
      30_000,
      200,
    );
    expect(forWorker[0]).toMatchObject({ informationClass: 'child-protection' });
    const forTeacher = (await call('GET', `/cases/${opened.id}/timeline`, await fetchToken('anna.laine'))).body as Array<{
      event: string;
    }>;
    expect(forTeacher.map((entry) => entry.event)).toEqual(['CareTeamMemberAdded.v1', 'CareTeamMemberAdded.v1']);
  }, 60_000);
});
