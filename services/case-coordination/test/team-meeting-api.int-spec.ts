import { AuditLog } from '@yhdessa/audit';
import { newId } from '@yhdessa/platform';
import { fetchToken } from '@yhdessa/testing';
import type { DataSource } from 'typeorm';
import { childBirthDate } from './child-identity.fixture.js';
import { claims, startCaseCoordination, type CaseCoordinationUnderTest } from './case-coordination.fixture.js';

interface Person {
  token: string;
  userId: string;
  name: string;
}

describe('systemic team meetings over HTTP with real tokens', () => {
  let service: CaseCoordinationUnderTest;
  let dataSource: DataSource;
  let coordinator: Person;
  let clinician: Person;
  let sari: Person;
  let jukka: Person;
  let manager: Person;
  const openedCases: Array<{ caseId: string; token: string }> = [];

  const person = async (username: string): Promise<Person> => {
    const token = await fetchToken(username);
    const { sub, name } = claims(token);
    return { token, userId: sub, name };
  };

  beforeAll(async () => {
    service = await startCaseCoordination('yhdessa_test_team_meeting');
    dataSource = service.dataSource;
    [coordinator, clinician, sari, jukka, manager] = await Promise.all(
      ['tuula.niemi', 'elina.koski', 'sari.virtanen', 'jukka.lehto', 'markku.salo'].map(person),
    );
  }, 90_000);

  afterAll(async () => {
    // Close this run's cases, so the workers' open caseloads in this database stay small run after run.
    for (const { caseId, token } of openedCases)
      await call('POST', `/cases/${caseId}/close`, token, { reason: 'test finished' }).catch(() => undefined);
    await service?.close();
  });

  const call = (method: string, path: string, token: string | undefined, body?: unknown) =>
    service.call(method, path, token, body, { 'x-correlation-id': 'team-meeting-test-01' });

  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

  async function openCase(worker: Person, receivedAt: string): Promise<string> {
    const opened = await call('POST', '/cases', worker.token, {
      origin: 'child-welfare-notification',
      receivedAt,
      language: 'fi',
      child: { name: `Aino Test ${newId().slice(-6)}`, dateOfBirth: childBirthDate() },
      notification: { channel: 'school', notifierName: null, content: 'Evenings at the foster home worry the school.' },
    });
    expect(opened.status).toBe(201);
    openedCases.push({ caseId: opened.body.id, token: worker.token });
    return opened.body.id;
  }

  /** A team of the coordinator (its creator), Sari as social worker and Elina as clinician. */
  async function createTeam(): Promise<string> {
    const team = await call('POST', '/teams', coordinator.token, { name: `Team ${newId().slice(-6)}` });
    expect(team.status).toBe(201);
    for (const [member, teamRole] of [
      [sari, 'social-worker'],
      [clinician, 'clinician'],
    ] as const) {
      const added = await call('POST', `/teams/${team.body.id}/members`, coordinator.token, {
        userId: member.userId,
        displayName: member.name,
        teamRole,
      });
      expect(added.status).toBe(201);
    }
    return team.body.id;
  }

  const schedule = (teamId: string, heldOn = '2026-12-01') =>
    call('POST', `/teams/${teamId}/meetings`, coordinator.token, { heldOn });

  const outboxFor = async (eventName: string, meetingId: string) =>
    dataSource.query(
      `SELECT message_key, envelope, xmin::text AS tx FROM outbox WHERE event_name = $1 AND envelope->'payload'->>'meetingId' = $2 ORDER BY seq`,
      [eventName, meetingId],
    ) as Promise<Array<{ message_key: string; envelope: { payload: Record<string, unknown> }; tx: string }>>;

  it('lets a coordinator build a team and refuses a composition the rule forbids, with its code', async () => {
    const refusedCreator = await call('POST', '/teams', sari.token, { name: 'Not mine to make' });
    expect(refusedCreator.status).toBe(403);

    const teamId = await createTeam();
    const team = await call('GET', `/teams/${teamId}`, coordinator.token);
    expect(team.body.members.map((member: { userId: string; teamRole: string }) => [member.userId, member.teamRole])).toEqual([
      [coordinator.userId, 'coordinator'],
      [sari.userId, 'social-worker'],
      [clinician.userId, 'clinician'],
    ]);

    const add = (userId: string, teamRole: string) =>
      call('POST', `/teams/${teamId}/members`, coordinator.token, { userId, displayName: `Worker ${userId}`, teamRole });
    expect((await add(jukka.userId, 'social-worker')).status).toBe(201);
    expect((await add(`sw-${newId()}`, 'social-worker')).status).toBe(201);
    expect((await add(`sw-${newId()}`, 'social-worker')).status).toBe(201);
    const fifth = await add(`sw-${newId()}`, 'social-worker');
    expect(fifth.status).toBe(409);
    expect(fifth.body.code).toBe('team_full_of_social_workers');
    const secondClinician = await add(`clin-${newId()}`, 'clinician');
    expect(secondClinician.status).toBe(409);
    expect(secondClinician.body.code).toBe('team_has_clinician');
    const again = await add(sari.userId, 'social-worker');
    expect(again.body.code).toBe('already_member');

    const bySocialWorker = await call('POST', `/teams/${teamId}/members`, sari.token, {
      userId: 'x',
      displayName: 'X',
      teamRole: 'social-worker',
    });
    expect(bySocialWorker.status).toBe(403);
    expect((await call('GET', `/teams/${teamId}`, manager.token)).status).toBe(200);
    expect((await call('GET', `/teams/${newId()}`, coordinator.token)).body.code).toBe('team_not_found');
  });

  it("schedules a meeting whose agenda is the team's open cases, nearest statutory deadline first", async () => {
    const teamId = await createTeam();
    const receivedLately = await openCase(sari, daysAgo(1));
    const receivedLongAgo = await openCase(sari, daysAgo(20));
    const notOnTeam = await openCase(jukka, daysAgo(30));

    const meeting = await schedule(teamId);
    expect(meeting.status).toBe(201);
    expect(meeting.body.status).toBe('scheduled');
    const agenda: string[] = meeting.body.agenda.map((item: { caseId: string }) => item.caseId);
    expect(agenda).toEqual(expect.arrayContaining([receivedLately, receivedLongAgo]));
    expect(agenda.indexOf(receivedLongAgo)).toBeLessThan(agenda.indexOf(receivedLately));
    expect(agenda).not.toContain(notOnTeam);
    expect(meeting.body.agenda.find((item: { caseId: string }) => item.caseId === receivedLately).responsibleWorker.userId).toBe(
      sari.userId,
    );

    const twice = await schedule(teamId);
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('meeting_already_scheduled');
    expect((await call('POST', `/teams/${teamId}/meetings`, sari.token, { heldOn: '2026-12-08' })).status).toBe(403);
  });

  describe('one meeting, from minutes to amendment', () => {
    let teamId: string;
    let meetingId: string;
    let caseId: string;
    let hypothesisId: string;
    let decisionId: string;
    let taskId: string;

    beforeAll(async () => {
      teamId = await createTeam();
      caseId = await openCase(sari, daysAgo(3));
      const meeting = await schedule(teamId, '2026-12-15');
      meetingId = meeting.body.id;
    });

    it("records hypotheses, the clinician's reflection as the clinician's, and a decision that becomes the worker's task", async () => {
      const path = `/meetings/${meetingId}/agenda/${caseId}`;
      const first = await call('POST', `${path}/hypotheses`, sari.token, {
        text: 'The evenings are hard since contact with her mother changed.',
      });
      expect(first.status).toBe(201);
      hypothesisId = first.body.id;
      expect(
        (
          await call('POST', `${path}/hypotheses`, coordinator.token, {
            text: 'She tests whether the placement holds.',
            saidBy: sari.userId,
          })
        ).status,
      ).toBe(201);
      const reflection = await call('POST', `${path}/reflections`, clinician.token, {
        text: 'The foster family describes worry, not rule-breaking.',
      });
      expect(reflection.status).toBe(201);
      const decision = await call('POST', `${path}/decisions`, coordinator.token, {
        text: 'Book a psychiatry liaison consultation for the foster family.',
        task: { ownerId: sari.userId, dueOn: '2026-12-22' },
      });
      expect(decision.status).toBe(201);
      decisionId = decision.body.id;
      taskId = decision.body.task.taskId;

      const minutes = await call('GET', `/meetings/${meetingId}`, clinician.token);
      expect(minutes.status).toBe(200);
      const item = minutes.body.agenda.find((entry: { caseId: string }) => entry.caseId === caseId);
      expect(item.hypotheses).toHaveLength(2);
      expect(item.hypotheses[1].author).toEqual({ userId: sari.userId, displayName: sari.name, teamRole: 'social-worker' });
      expect(item.hypotheses[1].recordedById).toBe(coordinator.userId);
      expect(item.reflections[0].author).toEqual({
        userId: clinician.userId,
        displayName: clinician.name,
        teamRole: 'clinician',
      });
      expect(item.decisions[0].task).toMatchObject({ owner: { userId: sari.userId }, dueOn: '2026-12-22', status: 'open' });

      const sarisTasks = await call('GET', '/tasks?owner=me', sari.token);
      expect(sarisTasks.body).toContainEqual(
        expect.objectContaining({ taskId, caseId, decision: 'Book a psychiatry liaison consultation for the foster family.' }),
      );
      const clinicianTasks = await call('GET', '/tasks?owner=me', clinician.token);
      expect(clinicianTasks.body.map((task: { taskId: string }) => task.taskId)).not.toContain(taskId);

      const audited = await service.app.get(AuditLog).forCase(caseId);
      expect(audited).toContainEqual(
        expect.objectContaining({ resource: 'meeting-minutes', actor: expect.objectContaining({ userId: clinician.userId }) }),
      );
    });

    it('answers 404 to anyone outside the team, as if the meeting did not exist', async () => {
      const read = await call('GET', `/meetings/${meetingId}`, jukka.token);
      expect(read.status).toBe(404);
      expect(read.body.code).toBe('meeting_not_found');
      const write = await call('POST', `/meetings/${meetingId}/agenda/${caseId}/reflections`, manager.token, {
        text: 'From outside.',
      });
      expect(write.body.code).toBe('meeting_not_found');
      expect((await call('GET', `/teams/${teamId}/cases`, jukka.token)).body.code).toBe('team_not_found');
      expect((await call('PATCH', `/tasks/${taskId}`, jukka.token, { status: 'done' })).body.code).toBe('task_not_found');
    });

    it('finalising publishes one MeetingMinutesFinalised.v1 per agenda case in the same transaction, then locks the minutes', async () => {
      expect(
        (await call('POST', `/meetings/${meetingId}/amendments`, coordinator.token, { text: 'Too early.', caseIds: [caseId] }))
          .body.code,
      ).toBe('minutes_not_finalised');
      const finalised = await call('POST', `/meetings/${meetingId}/finalise`, coordinator.token);
      expect(finalised.status).toBe(200);
      expect(finalised.body).toMatchObject({ status: 'finalised', finalisedBy: { userId: coordinator.userId } });

      const events = await outboxFor('MeetingMinutesFinalised.v1', meetingId);
      expect(events.map((event) => event.message_key).sort()).toEqual(
        finalised.body.agenda.map((item: { caseId: string }) => item.caseId).sort(),
      );
      const forCase = events.find((event) => event.message_key === caseId)!;
      expect(forCase.envelope.payload).toMatchObject({
        teamId,
        heldOn: '2026-12-15',
        decisions: [
          {
            decisionId,
            summary: 'Book a psychiatry liaison consultation for the foster family.',
            taskOwnerId: sari.userId,
            dueOn: '2026-12-22',
          },
        ],
      });
      const [meetingRow] = await dataSource.query('SELECT xmin::text AS tx FROM team_meeting WHERE id = $1', [meetingId]);
      expect(new Set(events.map((event) => event.tx))).toEqual(new Set([meetingRow.tx]));

      const edit = await call('PATCH', `/meetings/${meetingId}/hypotheses/${hypothesisId}`, sari.token, {
        text: 'Rewritten afterwards.',
      });
      expect(edit.status).toBe(409);
      expect(edit.body.code).toBe('minutes_finalised');
      expect(
        (await call('PATCH', `/meetings/${meetingId}/decisions/${decisionId}`, coordinator.token, { text: 'Changed.' })).body
          .code,
      ).toBe('minutes_finalised');
      expect(
        (await call('POST', `/meetings/${meetingId}/agenda/${caseId}/reflections`, clinician.token, { text: 'Late.' })).body.code,
      ).toBe('minutes_finalised');
      expect((await call('POST', `/meetings/${meetingId}/finalise`, coordinator.token)).body.code).toBe('minutes_finalised');
      expect((await outboxFor('MeetingMinutesFinalised.v1', meetingId)).length).toBe(events.length);
    });

    it('takes a visible amendment after finalising and announces it to the case it concerns', async () => {
      const amended = await call('POST', `/meetings/${meetingId}/amendments`, clinician.token, {
        text: 'The liaison nurse, not the clinician, will meet the foster family.',
        caseIds: [caseId],
      });
      expect(amended.status).toBe(201);
      const minutes = await call('GET', `/meetings/${meetingId}`, sari.token);
      expect(minutes.body.amendments).toEqual([
        expect.objectContaining({
          id: amended.body.id,
          caseIds: [caseId],
          text: 'The liaison nurse, not the clinician, will meet the foster family.',
          author: { userId: clinician.userId, displayName: clinician.name, teamRole: 'clinician' },
        }),
      ]);
      const item = minutes.body.agenda.find((entry: { caseId: string }) => entry.caseId === caseId);
      expect(item.hypotheses[0].text).toBe('The evenings are hard since contact with her mother changed.');
      const events = await outboxFor('MeetingMinutesAmended.v1', meetingId);
      expect(events.map((event) => [event.message_key, event.envelope.payload.amendmentId])).toEqual([[caseId, amended.body.id]]);
      expect(
        (await call('POST', `/meetings/${meetingId}/amendments`, clinician.token, { text: 'Elsewhere.', caseIds: [newId()] }))
          .body.code,
      ).toBe('agenda_item_not_found');
    });

    it('lets the owner close the task, which leaves their open tasks', async () => {
      const done = await call('PATCH', `/tasks/${taskId}`, sari.token, { status: 'done' });
      expect(done.status).toBe(200);
      expect(done.body.status).toBe('done');
      expect(
        (await call('GET', '/tasks?owner=me', sari.token)).body.map((task: { taskId: string }) => task.taskId),
      ).not.toContain(taskId);
      const refused = await call('PATCH', `/tasks/${taskId}`, sari.token, { status: 'cancelled' });
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('task_transition_refused');
    });
  });
});
