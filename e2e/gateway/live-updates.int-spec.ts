import { expectEventually, fetchToken, claims } from '@yhdessa/testing';
import {
  startCaseCoordination,
  type CaseCoordinationUnderTest,
} from '../../services/case-coordination/test/case-coordination.fixture.js';
import { Browser, signIn } from '../../services/gateway/test/browser.fixture.js';
import { EventStream } from '../../services/gateway/test/event-stream.fixture.js';
import { startGateway, type GatewayUnderTest } from '../../services/gateway/test/gateway.fixture.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const today = () => new Date().toISOString().slice(0, 10);
const noticeOf = (stream: EventStream, caseId: string, kind: string) => {
  const notice = stream.forCase(caseId).find((received) => received.data.kind === kind);
  if (!notice) throw new Error(`no ${kind} notice for ${caseId} yet`);
  return notice;
};

describe('live updates: a notice within 2 seconds to whoever may see the case, and to no one else', () => {
  let caseCoordination: CaseCoordinationUnderTest;
  let gateway: GatewayUnderTest;
  const streams: EventStream[] = [];
  const openCaseIds: string[] = [];
  let worker: string;

  beforeAll(async () => {
    caseCoordination = await startCaseCoordination('yhdessa_test_gateway_live');
    gateway = await startGateway({
      database: 'yhdessa_test_gateway_live_gw',
      services: { 'case-coordination': caseCoordination.url },
      env: { SSE_HEARTBEAT_SECONDS: '1' },
    });
    worker = await fetchToken('sari.virtanen');
  }, 120_000);

  afterAll(async () => {
    for (const stream of streams) stream.close();
    for (const id of openCaseIds) await caseCoordination.call('POST', `/cases/${id}/close`, worker, { reason: 'test finished' });
    await gateway?.close();
    await caseCoordination?.close();
  });

  const streamFor = async (username: string) => {
    const browser = new Browser();
    await signIn(browser, gateway.url, username);
    const stream = await EventStream.open(browser, gateway.url);
    streams.push(stream);
    expect(stream.status).toBe(200);
    return { browser, stream };
  };

  it('tells the care team, teacher included once added, and tells a teacher outside it nothing', async () => {
    const { stream: sari } = await streamFor('sari.virtanen');
    const { stream: anna } = await streamFor('anna.laine'); // teacher, joins the care team below
    const { stream: ville } = await streamFor('ville.heikkinen'); // teacher, never on it

    const opened = await caseCoordination.call('POST', '/cases', worker, {
      origin: 'child-welfare-notification',
      receivedAt: '2026-11-02T09:15:00+02:00',
      language: 'fi',
      child: { name: 'Live Update Child', dateOfBirth: '2014-05-06' },
      notification: { channel: 'anonymous', content: 'Worried about the child.' },
    });
    expect(opened.status).toBe(201);
    const caseId = opened.body.id as string;
    openCaseIds.push(caseId);
    const openedAt = Date.now();
    // The case is opened, then its opener joins its care team (one transaction): she hears of that.
    const first = await expectEventually(() => noticeOf(sari, caseId, 'CareTeamMemberAdded'), 2_000, 20);
    expect(first.at - openedAt).toBeLessThan(2_000);
    expect(first.data).toEqual({ caseId, kind: 'CareTeamMemberAdded' }); // nothing but the case and the kind

    const teacher = claims(await fetchToken('anna.laine'));
    const added = await caseCoordination.call('POST', `/cases/${caseId}/care-team`, worker, {
      userId: teacher.sub,
      displayName: teacher.name,
      agency: 'school',
      participantKind: 'professional',
      roleInCase: 'class teacher',
      since: today(),
    });
    expect(added.status).toBe(201);
    const addedAt = Date.now();
    const toAnna = await expectEventually(() => noticeOf(anna, caseId, 'CareTeamMemberAdded'), 2_000, 20);
    expect(toAnna.at - addedAt).toBeLessThan(2_000);
    expect(anna.forCase(caseId)).toHaveLength(1); // nothing from before her time

    await sleep(1_500); // anything for Ville would have come by now
    expect(ville.forCase(caseId)).toEqual([]);
    expect(ville.comments.length).toBeGreaterThan(0); // his stream is open: heartbeats came
  }, 60_000);

  it('ends the stream when its session ends', async () => {
    const browser = new Browser();
    await signIn(browser, gateway.url, 'outi.rantanen');
    const stream = await EventStream.open(browser, gateway.url);
    streams.push(stream);
    const host = new URL(gateway.url).host;
    await browser.request(`${gateway.url}/auth/logout`, {
      method: 'POST',
      headers: { 'x-csrf-token': browser.cookie(host, 'yhdessa_csrf')! },
    });
    await expectEventually(() => expect(stream.isEnded).toBe(true), 3_000, 50);
  }, 30_000);

  it('refuses a stream without a session', async () => {
    const answer = await new Browser().request(`${gateway.url}/api/events`);
    expect(answer.status).toBe(401);
  });
});
