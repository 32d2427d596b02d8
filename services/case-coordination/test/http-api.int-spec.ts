import { readFileSync } from 'node:fs';
import type { Type } from '@nestjs/common';
import { newId, routeSchemas } from '@yhdessa/platform';
import { fetchToken } from '@yhdessa/testing';
import { CareTeamController } from '../src/care-team/care-team.controller.js';
import { CaseController } from '../src/case/case.controller.js';
import { DeadlineController } from '../src/deadlines/deadline.controller.js';
import { MeetingController } from '../src/meeting/meeting.controller.js';
import { TeamController } from '../src/team/team.controller.js';
import { TimelineController } from '../src/timeline/timeline.controller.js';
import { childBirthDate } from './child-identity.fixture.js';
import { claims, startCaseCoordination, type CaseCoordinationUnderTest } from './case-coordination.fixture.js';
import { closeOpenCases } from './open-cases.fixture.js';

// The HTTP edge of case-coordination as the web app meets it: what its OpenAPI document promises
// (request checks, answers, the document itself at /docs in development), and security headers.

describe('case-coordination HTTP edge', () => {
  let service: CaseCoordinationUnderTest;
  let sari: string;
  let coordinator: string;

  beforeAll(async () => {
    service = await startCaseCoordination('yhdessa_test_http_api');
    [sari, coordinator] = await Promise.all([fetchToken('sari.virtanen'), fetchToken('tuula.niemi')]);
  }, 90_000);

  afterAll(async () => {
    if (service) await closeOpenCases(service, new Map([[claims(sari).sub, sari]]));
    await service?.close();
  });

  const call = (method: string, path: string, token: string | undefined, body?: unknown) =>
    service.call(method, path, token, body);

  /** The answer is exactly what the route's @Returns schema (its OpenAPI answer) describes: no field missing, none undocumented. */
  const expectDocumented = (controller: Type, handler: string, body: unknown) => {
    const schema = routeSchemas(controller, handler).response!;
    expect(schema.parse(body)).toEqual(body);
  };

  const openCase = async () => {
    const opened = await call('POST', '/cases', sari, {
      origin: 'child-welfare-notification',
      receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
      language: 'fi',
      child: { name: `Edge Test ${newId().slice(-6)}`, dateOfBirth: childBirthDate() },
      guardians: [{ name: 'Guardian Test' }],
      notification: { channel: 'school', notifierName: 'Teacher Test', content: 'Absent for weeks.' },
    });
    expect(opened.status).toBe(201);
    return opened;
  };

  it('serves at /docs/openapi.json the OpenAPI document committed in docs/openapi', async () => {
    const served = await fetch(`${service.url}/docs/openapi.json`);
    expect(served.status).toBe(200);
    expect(await served.json()).toEqual(JSON.parse(readFileSync('docs/openapi/case-coordination.json', 'utf8')));
  });

  it('answers with security headers and without X-Powered-By', async () => {
    const response = await fetch(`${service.url}/cases`, { headers: { authorization: `Bearer ${sari}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=/);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('answers as its OpenAPI document describes: the case, the list, the care team, deadlines and timeline', async () => {
    const opened = await openCase();
    expectDocumented(CaseController, 'open', opened.body);
    const caseId: string = opened.body.id;
    expectDocumented(CaseController, 'get', (await call('GET', `/cases/${caseId}`, sari)).body);
    expectDocumented(CaseController, 'listMine', (await call('GET', '/cases', sari)).body);
    expectDocumented(CareTeamController, 'list', (await call('GET', `/cases/${caseId}/care-team`, sari)).body);
    expectDocumented(DeadlineController, 'forCase', (await call('GET', `/cases/${caseId}/deadlines`, sari)).body);
    expectDocumented(TimelineController, 'read', (await call('GET', `/cases/${caseId}/timeline`, sari)).body);
    const team = await call('POST', '/teams', coordinator, { name: `Edge Team ${newId().slice(-6)}` });
    expectDocumented(TeamController, 'create', team.body);
    const meeting = await call('POST', `/teams/${team.body.id}/meetings`, coordinator, { heldOn: '2026-12-03' });
    expect(meeting.status).toBe(201);
    expectDocumented(MeetingController, 'schedule', meeting.body);
  });

  it('answers a malformed case id exactly as an unknown case, on every kind of route', async () => {
    const unknown = await call('GET', `/cases/${newId()}`, sari);
    expect(unknown).toMatchObject({ status: 404, body: { code: 'case_not_found' } });
    const team = await call('POST', '/teams', coordinator, { name: `Edge Team ${newId().slice(-6)}` });
    const meeting = await call('POST', `/teams/${team.body.id}/meetings`, coordinator, { heldOn: '2026-12-10' });
    for (const [method, path, body] of [
      ['GET', '/cases/not-a-case', undefined],
      ['GET', '/cases/not-a-case/timeline', undefined],
      ['POST', '/cases/not-a-case/responsible-worker', { to: { userId: claims(coordinator).sub, displayName: 'Tuula' } }],
      ['POST', `/meetings/${meeting.body.id}/agenda/not-a-case/hypotheses`, { text: 'A hypothesis' }],
    ] as const) {
      const answer = await call(method, path, method === 'GET' || path.startsWith('/cases') ? sari : coordinator, body);
      expect({ path, status: answer.status, code: answer.body.code, detail: answer.body.detail }).toEqual({
        path,
        status: 404,
        code: 'case_not_found',
        detail: unknown.body.detail,
      });
    }
  });

  it('refuses a bad query or a malformed id with 400 validation_failed naming the parameter', async () => {
    const badQuery = await call('GET', '/cases?status=lost', sari);
    expect(badQuery.status).toBe(400);
    expect(badQuery.body).toMatchObject({ code: 'validation_failed', errors: [{ path: 'status' }] });
    const badTask = await call('PATCH', '/tasks/not-a-task', sari, { status: 'done' });
    expect(badTask.status).toBe(400);
    expect(badTask.body).toMatchObject({ code: 'validation_failed', errors: [{ path: 'taskId' }] });
  });
});
