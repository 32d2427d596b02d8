import { FixedClock } from '@yhdessa/platform';
import { claims, expectEventually, fetchToken, testServers } from '@yhdessa/testing';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { startAssessment } from '../../services/assessment/test/assessment.fixture.js';
import { childIdentityCode } from '../../services/case-coordination/test/child-identity.fixture.js';
import { axeViolations, journeyOneNoon, screenshot, signIn, startWebStack, type WebStack } from './web-stack.fixture.js';

/**
 * Journey 2's first step in the browser: Aino's social worker starts the assessment and invites her
 * teacher; the teacher, signing in through Keycloak's login page, finds the request on her home page
 * with who asks and by when; Aino answers that she does not feel safe, and Sari's home shows the
 * assessment as urgent. Axe clean.
 */
describe('web: a request to give one’s view in an assessment', () => {
  let stack: WebStack;
  let teacher: Page;
  let assessmentId = '';

  beforeAll(async () => {
    stack = await startWebStack('assessment_invitations', new FixedClock(journeyOneNoon), [
      { service: 'assessment', start: (database, clock) => startAssessment(database, { clock }) },
    ]);
    // The test database outlives a run: the assessments of earlier runs go, so the page shows this run's alone.
    const own = new pg.Client({ ...testServers().pg, database: 'yhdessa_test_web_assessment_invitations_assessment' });
    await own.connect();
    await own.query('TRUNCATE assessment_addendum, assessment_invitation, assessment');
    await own.end();
    const sari = await fetchToken('sari.virtanen');
    const anna = claims(await fetchToken('anna.laine'));
    const ainoToken = await fetchToken('aino.aalto');
    const aino = claims(ainoToken);
    const opened = await stack.caseCoordination.call('POST', '/cases', sari, {
      origin: 'child-welfare-notification',
      receivedAt: '2026-12-22T09:15:00+02:00',
      language: 'fi',
      child: { name: 'Aino Aalto', personalIdentityCode: childIdentityCode('2012-09-14'), dateOfBirth: '2012-09-14' },
      notification: { channel: 'school', notifierName: 'Anna Laine', content: 'Aino on väsynyt ja poissa tunneilta.' },
    });
    expect(opened.status).toBe(201);
    const caseId: string = opened.body.id;
    const added = await stack.caseCoordination.call('POST', `/cases/${caseId}/care-team`, sari, {
      userId: anna.sub,
      displayName: anna.name,
      agency: 'school',
      participantKind: 'professional',
      roleInCase: 'luokanopettaja',
      since: '2026-12-23',
    });
    expect(added.status).toBe(201);
    const child = await stack.caseCoordination.call('POST', `/cases/${caseId}/care-team`, sari, {
      userId: aino.sub,
      displayName: aino.name,
      agency: 'family',
      participantKind: 'child',
      roleInCase: 'lapsi',
      since: '2026-12-23',
    });
    expect(child.status).toBe(201);
    // The assessment service learns the care team over Kafka: the invitation is accepted once it has.
    const assessmentUrl = stack.alongside.assessment!.url;
    await expectEventually(async () => {
      const started = await fetch(`${assessmentUrl}/cases/${caseId}/assessments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${sari}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          kind: 'service-needs',
          invitations: [
            { userId: anna.sub, dueOn: '2027-01-08' },
            { userId: aino.sub, dueOn: '2027-01-08' },
          ],
        }),
      });
      expect(started.status).toBe(201);
      assessmentId = ((await started.json()) as { assessmentId: string }).assessmentId;
    }, 30_000);
    // Aino answers on her form that she does not feel safe: raised to Sari at once.
    const answered = await fetch(`${assessmentUrl}/cases/${caseId}/assessments/${assessmentId}/contributions/mine`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${ainoToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ expectedVersion: 0, answers: { frameVersion: 1, domains: { safety: { score: 1 } } } }),
    });
    expect(answered.status).toBe(200);
    teacher = await stack.newPage();
  }, 180_000);

  afterAll(async () => {
    await stack?.close();
  });

  it('shows the teacher the request on her home page, who asks and by when, axe clean', async () => {
    await signIn(teacher, stack, 'anna.laine');
    const section = teacher.getByRole('region', { name: 'Pyynnöt antaa näkemys arviointiin' });
    await section.waitFor();
    const text = await section.textContent();
    expect(text).toContain('Palvelutarpeen arviointi');
    expect(text).toContain('Pyytäjä Sari Virtanen, määräaika 8.1.2027');
    expect(await axeViolations(teacher)).toEqual([]);
    await screenshot(teacher, 'assessment-invitation');
  }, 60_000);

  it('shows the social worker the assessment she leads as urgent, first, once the child said she does not feel safe', async () => {
    const worker = await stack.newPage();
    await signIn(worker, stack, 'sari.virtanen');
    const section = worker.getByRole('region', { name: 'Vetämäni arvioinnit' });
    await section.waitFor();
    const text = await section.textContent();
    expect(text).toContain('Kiireellinen: lapsi on kertonut, ettei koe oloaan turvalliseksi');
    expect(text).toContain('0/2 näkemystä annettu, aloitettu 23.12.2026');
    expect(await axeViolations(worker)).toEqual([]);
    await screenshot(worker, 'assessment-led-urgent');
    await section.getByRole('link', { name: 'Näytä asia' }).click();
    await worker.waitForURL((url) => url.pathname.startsWith('/cases/'));
    await worker.getByRole('heading', { name: 'Aino Aalto', level: 1 }).waitFor();
  }, 60_000);
});
