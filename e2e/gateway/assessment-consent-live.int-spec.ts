import type { ServiceFixture } from '@yhdessa/testing';
import { claims, expectEventually, fetchToken } from '@yhdessa/testing';
import type { AssessmentConfig } from '../../services/assessment/src/assessment.config.js';
import { startAssessment } from '../../services/assessment/test/assessment.fixture.js';
import {
  startCaseCoordination,
  type CaseCoordinationUnderTest,
} from '../../services/case-coordination/test/case-coordination.fixture.js';
import { Browser, signIn } from '../../services/gateway/test/browser.fixture.js';
import { EventStream } from '../../services/gateway/test/event-stream.fixture.js';
import { startGateway, type GatewayUnderTest } from '../../services/gateway/test/gateway.fixture.js';

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A consent withdrawn reaches the teacher's open screen correctly: the gateway forwards
 * case-coordination's ConsentWithdrawn at once, possibly before the assessment service has applied
 * it; the assessment service's own AssessmentVisibilityChanged follows once its reads have changed.
 * Whoever reads again on that notice, through the gateway, no longer gets the psychiatry nurse's view.
 * Case-coordination, the assessment service and the gateway as they run, on the real Kafka.
 */
describe('live updates: the school loses the nurse’s assessment view within seconds of the consent’s withdrawal', () => {
  let caseCoordination: CaseCoordinationUnderTest;
  let assessment: ServiceFixture<AssessmentConfig>;
  let gateway: GatewayUnderTest;
  let stream: EventStream | undefined;
  let caseId: string | undefined;

  beforeAll(async () => {
    caseCoordination = await startCaseCoordination('yhdessa_test_gateway_consent_live');
    assessment = await startAssessment('yhdessa_test_gateway_consent_live_assessment');
    gateway = await startGateway({
      database: 'yhdessa_test_gateway_consent_live_gw',
      services: { 'case-coordination': caseCoordination.url, assessment: assessment.url },
    });
  }, 180_000);

  afterAll(async () => {
    stream?.close();
    if (caseId) {
      await caseCoordination.call('POST', `/cases/${caseId}/close`, await fetchToken('sari.virtanen'), {
        reason: 'test finished',
      });
    }
    await gateway?.close();
    await assessment?.close();
    await caseCoordination?.close();
  }, 60_000);

  it('tells the teacher after the assessment service has applied it, and her read on that notice leaves the view out', async () => {
    const sari = await fetchToken('sari.virtanen');
    const mother = claims(await fetchToken('liisa.aalto'));
    const opened = await caseCoordination.call('POST', '/cases', sari, {
      origin: 'child-welfare-notification',
      receivedAt: `${today()}T08:00:00+02:00`,
      language: 'fi',
      child: { name: 'Consent Live Child', dateOfBirth: '2012-09-14' },
      guardians: [{ name: 'Liisa Aalto', userId: mother.sub }],
      notification: { channel: 'anonymous', content: 'Worried about the evenings.' },
    });
    expect(opened.status).toBe(201);
    caseId = opened.body.id as string;
    for (const [username, agency, participantKind, roleInCase] of [
      ['anna.laine', 'school', 'professional', 'class teacher'],
      ['pekka.nurmi', 'psychiatry', 'professional', 'youth psychiatry nurse'],
      ['liisa.aalto', 'family', 'guardian', 'mother'],
    ] as const) {
      const who = claims(await fetchToken(username));
      const added = await caseCoordination.call('POST', `/cases/${caseId}/care-team`, sari, {
        userId: who.sub,
        displayName: who.name,
        agency,
        participantKind,
        roleInCase,
        since: today(),
      });
      expect(added.status).toBe(201);
    }
    const consent = await caseCoordination.call('POST', `/cases/${caseId}/consents`, await fetchToken('liisa.aalto'), {
      informationClass: 'health',
      toAgency: 'school',
      validFrom: today(),
      validUntil: inDays(90),
    });
    expect(consent.status).toBe(201);

    // The assessment service learns the care team from case-coordination's events; then Sari starts it.
    const invitations = await Promise.all(
      ['anna.laine', 'pekka.nurmi'].map(async (username) => ({
        userId: claims(await fetchToken(username)).sub,
        dueOn: inDays(14),
      })),
    );
    const started = await expectEventually(
      async () => {
        const answer = await assessment.call('POST', `/cases/${caseId}/assessments`, sari, {
          kind: 'service-needs',
          invitations,
        });
        expect(answer.status).toBe(201);
        return answer.body as { assessmentId: string };
      },
      30_000,
      250,
    );
    const base = `/cases/${caseId}/assessments/${started.assessmentId}`;
    for (const [username, domain] of [
      ['pekka.nurmi', 'health'],
      ['anna.laine', 'leisure-and-friends'],
    ] as const) {
      const token = await fetchToken(username);
      const saved = await assessment.call('PUT', `${base}/contributions/mine`, token, {
        expectedVersion: 0,
        answers: { frameVersion: 1, domains: { [domain]: { score: 2, concerns: 'Huoli illoista' } } },
      });
      expect(saved.status).toBe(200);
      expect(
        (await assessment.call('POST', `${base}/contributions/mine/submit`, token, { expectedVersion: saved.body.version }))
          .status,
      ).toBe(200);
    }

    // The teacher, signed in at the gateway, with her live stream open.
    const anna = new Browser();
    await signIn(anna, gateway.url, 'anna.laine');
    stream = await EventStream.open(anna, gateway.url);
    expect(stream.status).toBe(200);
    const nurse = claims(await fetchToken('pekka.nurmi')).name;
    const viewsAnnaSees = async (): Promise<string[]> => {
      const answer = await anna.request(`${gateway.url}/api/assessment${base}/matrix`);
      expect(answer.status).toBe(200);
      const body = (await answer.json()) as { views: Array<{ displayName: string }> };
      return body.views.map((view) => view.displayName);
    };
    await expectEventually(async () => expect(await viewsAnnaSees()).toContain(nurse), 10_000, 200);

    const withdrawnAt = Date.now();
    const withdrawn = await caseCoordination.call(
      'POST',
      `/cases/${caseId}/consents/${consent.body.consentId}/withdraw`,
      await fetchToken('liisa.aalto'),
      {},
    );
    expect(withdrawn.status).toBe(200);
    const notice = await expectEventually(
      () => {
        const received = stream!.forCase(caseId!).find((message) => message.data.kind === 'AssessmentVisibilityChanged');
        if (!received) throw new Error('no AssessmentVisibilityChanged notice yet');
        return received;
      },
      15_000,
      10,
    );
    // Read at once on the notice, as the web app does: the nurse's view is no longer there.
    expect(await viewsAnnaSees()).not.toContain(nurse);
    expect(notice.at - withdrawnAt).toBeLessThan(10_000);
    // case-coordination's own notice comes too, before or after: a read on it alone could still see the old view.
    await expectEventually(
      () => expect(stream!.forCase(caseId!).map((message) => message.data.kind)).toContain('ConsentWithdrawn'),
      15_000,
      50,
    );
  }, 120_000);
});
