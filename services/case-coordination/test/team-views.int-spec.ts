import { newId } from '@yhdessa/platform';
import { fetchToken } from '@yhdessa/testing';
import { claims, startCaseCoordination, type CaseCoordinationUnderTest } from './case-coordination.fixture.js';

/** The systemic team around a responsible worker: what its members may read, and the team's clocks and caseload. */
describe("the responsible worker's systemic team", () => {
  let service: CaseCoordinationUnderTest;
  const tokens: Record<string, string> = {};
  let teamId: string;
  let caseId: string;

  const call = (method: string, path: string, token: string | undefined, body?: unknown) =>
    service.call(method, path, token, body);

  beforeAll(async () => {
    service = await startCaseCoordination('yhdessa_test_team_views');
    for (const user of ['sari.virtanen', 'jukka.lehto', 'tuula.niemi', 'markku.salo', 'anna.laine'])
      tokens[user] = await fetchToken(user);
    teamId = (await call('POST', '/teams', tokens['tuula.niemi']!, { name: `Team ${newId().slice(-6)}` })).body.id;
    for (const user of ['sari.virtanen', 'jukka.lehto']) {
      const member = claims(tokens[user]!);
      expect(
        (
          await call('POST', `/teams/${teamId}/members`, tokens['tuula.niemi']!, {
            userId: member.sub,
            displayName: member.name,
            teamRole: 'social-worker',
          })
        ).status,
      ).toBe(201);
    }
    caseId = (
      await call('POST', '/cases', tokens['sari.virtanen']!, {
        origin: 'child-welfare-notification',
        receivedAt: '2026-11-16T08:00:00+02:00',
        language: 'fi',
        child: { name: 'Team View Child', dateOfBirth: '2014-05-05' },
        notification: { channel: 'health-care', content: 'Repeated emergency visits.' },
      })
    ).body.id;
  }, 90_000);

  afterAll(async () => {
    await service?.close();
  });

  it('lets a colleague on the team read the case and its timeline, but not change it', async () => {
    expect((await call('GET', `/cases/${caseId}`, tokens['jukka.lehto']!)).status).toBe(200);
    expect((await call('GET', `/cases/${caseId}/timeline`, tokens['jukka.lehto']!)).status).toBe(200);
    const close = await call('POST', `/cases/${caseId}/close`, tokens['jukka.lehto']!, { reason: 'not mine' });
    expect(close.status).toBe(404);
    expect((await call('GET', `/cases/${caseId}`, tokens['anna.laine']!)).status).toBe(404);
  });

  it("lists the team's deadlines for its members only", async () => {
    const forColleague = await call('GET', `/teams/${teamId}/deadlines`, tokens['jukka.lehto']!);
    expect(forColleague.status).toBe(200);
    expect(forColleague.body).toContainEqual(
      expect.objectContaining({ caseId, kind: 'assessment-start-decision', dueOn: '2026-11-25' }),
    );
    expect((await call('GET', `/teams/${teamId}/deadlines`, tokens['markku.salo']!)).status).toBe(404);
  });

  it("shows the service manager the team's caseload as counts, without client details", async () => {
    const caseload = await call('GET', `/caseload/teams/${teamId}`, tokens['markku.salo']!);
    expect(caseload.status).toBe(200);
    expect(caseload.body).toMatchObject({ workers: 2, limit: 30 });
    const sari = caseload.body.byWorker.find(
      (worker: { userId: string }) => worker.userId === claims(tokens['sari.virtanen']!).sub,
    );
    expect(sari.openCases).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(caseload.body)).not.toContain('Team View Child');
  });
});
