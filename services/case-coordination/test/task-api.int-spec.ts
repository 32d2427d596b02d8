import { AuditLog } from '@yhdessa/audit';
import { newId } from '@yhdessa/platform';
import { fetchToken } from '@yhdessa/testing';
import { childBirthDate } from './child-identity.fixture.js';
import { claims, startCaseCoordination, type CaseCoordinationUnderTest } from './case-coordination.fixture.js';

interface Person {
  token: string;
  userId: string;
  name: string;
}

interface TaskAnswer {
  taskId: string;
  owner: { userId: string };
}

/**
 * GET /tasks: everyone's own open tasks (`owner=me`), and for a team's coordinator the tasks its
 * meetings gave: the team's (`team=`), one person's there (`team=&owner=`), or one person's from every
 * team they coordinate (`owner=<user id>`).
 */
describe('open tasks by owner and team', () => {
  let service: CaseCoordinationUnderTest;
  let coordinator: Person;
  let sari: Person;
  let clinician: Person;
  let manager: Person;
  let outsider: Person;
  let caseId: string;
  let coordinated: string;
  let left: string;
  const task = { sari: '', clinician: '', sariElsewhere: '' };

  const person = async (username: string): Promise<Person> => {
    const token = await fetchToken(username);
    const { sub, name } = claims(token);
    return { token, userId: sub, name };
  };
  const call = (method: string, path: string, who: Person, body?: unknown) => service.call(method, path, who.token, body);
  const tasks = async (who: Person, query: string): Promise<TaskAnswer[]> => {
    const answer = await call('GET', `/tasks?${query}`, who);
    expect(answer.status).toBe(200);
    return answer.body;
  };
  const ids = (list: TaskAnswer[]) => list.map((entry) => entry.taskId);

  /** A team of the coordinator with the given members, and a meeting whose agenda has Sari's case. */
  async function teamWithMeeting(
    members: Array<[Person, string]>,
    heldOn: string,
  ): Promise<{ teamId: string; meetingId: string }> {
    const team = await call('POST', '/teams', coordinator, { name: `Team ${newId().slice(-6)}` });
    expect(team.status).toBe(201);
    for (const [member, teamRole] of members) {
      expect(
        (
          await call('POST', `/teams/${team.body.id}/members`, coordinator, {
            userId: member.userId,
            displayName: member.name,
            teamRole,
          })
        ).status,
      ).toBe(201);
    }
    const meeting = await call('POST', `/teams/${team.body.id}/meetings`, coordinator, { heldOn });
    expect(meeting.status).toBe(201);
    return { teamId: team.body.id, meetingId: meeting.body.id };
  }

  async function decide(meetingId: string, owner: Person, dueOn: string): Promise<string> {
    const decision = await call('POST', `/meetings/${meetingId}/agenda/${caseId}/decisions`, coordinator, {
      text: `Follow up with the family (${owner.name}).`,
      task: { ownerId: owner.userId, dueOn },
    });
    expect(decision.status).toBe(201);
    return decision.body.task.taskId;
  }

  beforeAll(async () => {
    service = await startCaseCoordination('yhdessa_test_task_api');
    [coordinator, sari, clinician, manager, outsider] = await Promise.all(
      ['tuula.niemi', 'sari.virtanen', 'elina.koski', 'markku.salo', 'jukka.lehto'].map(person),
    );
    const opened = await call('POST', '/cases', sari, {
      origin: 'child-welfare-notification',
      receivedAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
      language: 'fi',
      child: { name: `Task Test ${newId().slice(-6)}`, dateOfBirth: childBirthDate() },
      notification: { channel: 'school', notifierName: null, content: 'Often absent on Mondays.' },
    });
    expect(opened.status).toBe(201);
    caseId = opened.body.id;

    const first = await teamWithMeeting(
      [
        [sari, 'social-worker'],
        [clinician, 'clinician'],
      ],
      '2027-01-12',
    );
    coordinated = first.teamId;
    task.sari = await decide(first.meetingId, sari, '2027-01-20');
    task.clinician = await decide(first.meetingId, clinician, '2027-01-19');

    // A second team Sari is on, which the coordinator then leaves: its tasks are no longer hers to see.
    const second = await teamWithMeeting([[sari, 'social-worker']], '2027-01-13');
    left = second.teamId;
    task.sariElsewhere = await decide(second.meetingId, sari, '2027-01-21');
    const members = (await call('GET', `/teams/${left}`, manager)).body.members as Array<{ memberId: string; userId: string }>;
    const coordinatorThere = members.find((member) => member.userId === coordinator.userId)!;
    expect((await call('DELETE', `/teams/${left}/members/${coordinatorThere.memberId}`, manager)).status).toBe(204);
  }, 90_000);

  afterAll(async () => {
    if (caseId) await call('POST', `/cases/${caseId}/close`, sari, { reason: 'test finished' }).catch(() => undefined);
    await service?.close();
  });

  it('gives everyone their own open tasks from every team, or from one team they are on', async () => {
    const mine = await tasks(sari, 'owner=me');
    expect(ids(mine)).toEqual(expect.arrayContaining([task.sari, task.sariElsewhere]));
    expect(mine.every((entry) => entry.owner.userId === sari.userId)).toBe(true);
    expect(ids(await tasks(sari, `owner=${sari.userId}`)).sort()).toEqual(ids(mine).sort());
    expect(ids(await tasks(sari, `owner=me&team=${left}`))).toEqual([task.sariElsewhere]);
    expect(ids(await tasks(clinician, `owner=me&team=${coordinated}`))).toEqual([task.clinician]);
  });

  it("gives the coordinator the team's open tasks, soonest due first, and one person's there", async () => {
    expect(ids(await tasks(coordinator, `team=${coordinated}`))).toEqual([task.clinician, task.sari]);
    expect(ids(await tasks(coordinator, `team=${coordinated}&owner=${clinician.userId}`))).toEqual([task.clinician]);

    const audited = await service.app.get(AuditLog).forCase(caseId);
    expect(audited).toContainEqual(
      expect.objectContaining({ resource: 'meeting-task', actor: expect.objectContaining({ userId: coordinator.userId }) }),
    );
  });

  it("gives the coordinator a person's tasks from the teams they coordinate, not from a team they left", async () => {
    const sarisTasks = await tasks(coordinator, `owner=${sari.userId}`);
    expect(ids(sarisTasks)).toContain(task.sari);
    expect(ids(sarisTasks)).not.toContain(task.sariElsewhere);
    expect(sarisTasks.every((entry) => entry.owner.userId === sari.userId)).toBe(true);

    const gone = await call('GET', `/tasks?team=${left}`, coordinator);
    expect({ status: gone.status, code: gone.body.code }).toEqual({ status: 404, code: 'team_not_found' });
  });

  it("refuses others' tasks to whoever does not coordinate their team, and a team to whoever is not on it", async () => {
    for (const query of [`team=${coordinated}`, `team=${coordinated}&owner=${clinician.userId}`, `owner=${clinician.userId}`]) {
      const refused = await call('GET', `/tasks?${query}`, sari);
      expect({ query, status: refused.status, code: refused.body.code }).toEqual({
        query,
        status: 403,
        code: 'not_team_coordinator',
      });
    }
    // A service manager sees every team's members, not its tasks; anyone else off the team does not learn it exists.
    const overseer = await call('GET', `/tasks?team=${coordinated}`, manager);
    expect({ status: overseer.status, code: overseer.body.code }).toEqual({ status: 403, code: 'not_team_coordinator' });
    for (const query of [`team=${coordinated}`, `owner=me&team=${coordinated}`]) {
      const hidden = await call('GET', `/tasks?${query}`, outsider);
      expect({ query, status: hidden.status, code: hidden.body.code }).toEqual({ query, status: 404, code: 'team_not_found' });
    }
  });

  it('refuses a query that names neither owner nor team, or a malformed one, as a problem', async () => {
    for (const query of ['', 'team=not-a-team', 'owner=', 'owner=me&status=done']) {
      const refused = await call('GET', `/tasks?${query}`, sari);
      expect({ query, status: refused.status, code: refused.body.code }).toEqual({
        query,
        status: 400,
        code: 'validation_failed',
      });
      expect(refused.type).toMatch(/^application\/problem\+json/);
    }
  });
});
