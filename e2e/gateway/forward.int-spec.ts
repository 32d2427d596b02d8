import { newId } from '@yhdessa/platform';
import { fetchToken } from '@yhdessa/testing';
import {
  startCaseCoordination,
  type CaseCoordinationUnderTest,
} from '../../services/case-coordination/test/case-coordination.fixture.js';
import { Browser, signIn } from '../../services/gateway/test/browser.fixture.js';
import { startGateway, type GatewayUnderTest } from '../../services/gateway/test/gateway.fixture.js';

const newCase = {
  origin: 'child-welfare-notification',
  receivedAt: '2026-11-02T09:15:00+02:00',
  language: 'fi',
  child: { name: 'Gateway Test Child', dateOfBirth: '2015-04-01' },
  notification: { channel: 'anonymous', content: 'Worried about the child.' },
};

describe('one API: /api/<service>/… forwarded with the session’s token', () => {
  let caseCoordination: CaseCoordinationUnderTest;
  let gateway: GatewayUnderTest;
  let host: string;
  const browser = new Browser();
  const openCaseIds: string[] = [];

  beforeAll(async () => {
    caseCoordination = await startCaseCoordination('yhdessa_test_gateway_forward');
    gateway = await startGateway({
      database: 'yhdessa_test_gateway_forward_gw',
      services: { 'case-coordination': caseCoordination.url },
    });
    host = new URL(gateway.url).host;
    await signIn(browser, gateway.url, 'sari.virtanen');
  }, 120_000);

  afterAll(async () => {
    const worker = await fetchToken('sari.virtanen');
    for (const id of openCaseIds) await caseCoordination.call('POST', `/cases/${id}/close`, worker, { reason: 'test finished' });
    await gateway?.close();
    await caseCoordination?.close();
  });

  const csrf = () => browser.cookie(host, 'yhdessa_csrf')!;
  const api = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    browser.request(`${gateway.url}/api/case-coordination${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const caseCount = async () =>
    (await caseCoordination.dataSource.query('SELECT count(*)::int AS n FROM child_case'))[0].n as number;

  it('passes a write and a read through as the signed-in user: method, body, query, status', async () => {
    const opened = await api('POST', '/cases', newCase, { 'x-csrf-token': csrf() });
    expect(opened.status).toBe(201);
    const created = (await opened.json()) as { id: string; responsibleWorker: { displayName: string } };
    openCaseIds.push(created.id);
    expect(created.responsibleWorker.displayName).toBe('Sari Virtanen'); // the service saw Sari's token

    const read = await api('GET', `/cases/${created.id}`);
    expect(read.status).toBe(200);
    expect(((await read.json()) as { id: string }).id).toBe(created.id);
    const listed = (await (await api('GET', `/cases?status=open&q=${encodeURIComponent('Gateway Test')}`)).json()) as Array<{
      id: string;
    }>;
    expect(listed.map((kase) => kase.id)).toContain(created.id);
  }, 30_000);

  it('passes a problem through unchanged, with the correlation id carried to the service', async () => {
    const missing = await api('GET', `/cases/${newId()}`, undefined, { 'x-correlation-id': 'gateway-forward-0001' });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await missing.json()) as Record<string, unknown>;
    expect(problem).toMatchObject({ status: 404, code: 'case_not_found', correlationId: 'gateway-forward-0001' });
    expect(problem.instance).toMatch(/^\/cases\//); // the service's own answer, not the gateway's

    const invalid = await api('POST', '/cases', { ...newCase, language: 'de' }, { 'x-csrf-token': csrf() });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: 'language' }] });
  });

  it('refuses a state-changing call without the session’s CSRF token, forwarding nothing', async () => {
    const before = await caseCount();
    const without = await api('POST', '/cases', newCase);
    const wrong = await api('POST', '/cases', newCase, { 'x-csrf-token': 'not-the-token' });
    for (const refused of [without, wrong]) {
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ code: 'csrf_failed' });
    }
    expect(await caseCount()).toBe(before);
  });

  it('answers 404 for a service that does not exist and 502 for one that does not answer', async () => {
    const unknown = await browser.request(`${gateway.url}/api/no-such-service/cases`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'unknown_service' });
    const away = await browser.request(`${gateway.url}/api/assessment/assessments`);
    expect(away.status).toBe(502);
    expect(await away.json()).toMatchObject({ code: 'service_unavailable' });
  });
});
