import type { ServiceFixture } from '@yhdessa/testing';
import { claims, expectEventually, fetchToken } from '@yhdessa/testing';
import { DataSource } from 'typeorm';
import {
  startCaseCoordination,
  type CaseCoordinationUnderTest,
} from '../../services/case-coordination/test/case-coordination.fixture.js';
import type { ClientPlanConfig } from '../../services/client-plan/src/client-plan.config.js';
import { startClientPlan } from '../../services/client-plan/test/client-plan.fixture.js';
import { Browser, signIn } from '../../services/gateway/test/browser.fixture.js';
import { EventStream } from '../../services/gateway/test/event-stream.fixture.js';
import { startGateway, type GatewayUnderTest } from '../../services/gateway/test/gateway.fixture.js';

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A consent withdrawn reaches the teacher's open plan correctly: the gateway forwards case-coordination's
 * ConsentWithdrawn at once, possibly before client-plan has applied it to its consent projection, and a
 * read on that notice alone may still show the psychiatry action; client-plan's own PlanVisibilityChanged
 * follows once its reads have changed, and whoever reads the plan again on it, through the gateway, no
 * longer gets the action. A consent given is told the same way. The notice stays off the case's timeline.
 * Case-coordination, client-plan and the gateway as they run, on the real Kafka and PostgreSQL.
 */
describe('live updates: the school loses the plan’s psychiatry action within seconds of the consent’s withdrawal', () => {
  let caseCoordination: CaseCoordinationUnderTest;
  let clientPlan: ServiceFixture<ClientPlanConfig>;
  let gateway: GatewayUnderTest;
  let stream: EventStream | undefined;
  let caseId: string | undefined;

  beforeAll(async () => {
    caseCoordination = await startCaseCoordination('yhdessa_test_gateway_plan_consent_live');
    clientPlan = await startClientPlan('yhdessa_test_gateway_plan_consent_live_plan');
    gateway = await startGateway({
      database: 'yhdessa_test_gateway_plan_consent_live_gw',
      services: { 'case-coordination': caseCoordination.url, 'client-plan': clientPlan.url },
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
    await clientPlan?.close();
    await caseCoordination?.close();
  }, 60_000);

  it('tells the teacher after client-plan has applied it, her read on that notice leaves the action out, and the timeline stays quiet', async () => {
    const sari = await fetchToken('sari.virtanen');
    const mother = claims(await fetchToken('liisa.aalto'));
    const nurse = claims(await fetchToken('pekka.nurmi'));
    const teacher = claims(await fetchToken('anna.laine'));
    const opened = await caseCoordination.call('POST', '/cases', sari, {
      origin: 'child-welfare-notification',
      receivedAt: `${today()}T08:00:00+02:00`,
      language: 'fi',
      child: { name: 'Plan Consent Live Child', dateOfBirth: '2012-09-14' },
      guardians: [{ name: 'Liisa Aalto', userId: mother.sub }],
      notification: { channel: 'anonymous', content: 'Worried about the evenings.' },
    });
    expect(opened.status).toBe(201);
    caseId = opened.body.id as string;
    for (const [who, agency, participantKind, roleInCase] of [
      [teacher, 'school', 'professional', 'class teacher'],
      [nurse, 'psychiatry', 'professional', 'youth psychiatry nurse'],
      [mother, 'family', 'guardian', 'mother'],
    ] as const) {
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

    // client-plan learns the care team from case-coordination's events; then Sari starts the plan.
    const action = (id: string, what: string, agency: string, who: { sub: string; name: string }) => ({
      id,
      what,
      agency,
      responsible: { userId: who.sub, name: who.name },
      start: today(),
      due: inDays(60),
      goalIds: [],
    });
    const content = {
      needs: [],
      goals: [],
      actions: [
        action('a-school', 'Tukiopetus kahdesti viikossa', 'school', teacher),
        action('a-psy', 'Nuorisopsykiatrian sairaanhoitajan tapaaminen', 'psychiatry', nurse),
      ],
      services: [],
      participants: [],
      childView: null,
      disagreements: [],
      reviewOn: null,
    };
    const started = await expectEventually(
      async () => {
        const answer = await clientPlan.call('POST', `/cases/${caseId}/plan`, sari, { childDateOfBirth: '2012-09-14', content });
        expect(answer.status).toBe(201);
        return answer.body as { planId: string };
      },
      30_000,
      250,
    );

    // The teacher, signed in at the gateway, with her live stream open.
    const anna = new Browser();
    await signIn(anna, gateway.url, 'anna.laine');
    stream = await EventStream.open(anna, gateway.url);
    expect(stream.status).toBe(200);
    const actionsAnnaSees = async (): Promise<string[]> => {
      const answer = await anna.request(`${gateway.url}/api/client-plan/cases/${caseId}/plan`);
      expect(answer.status).toBe(200);
      const body = (await answer.json()) as { open: { content: { actions: Array<{ id: string }> }; hiddenActions: number } };
      return body.open.content.actions.map((each) => each.id);
    };
    await expectEventually(async () => expect(await actionsAnnaSees()).toEqual(['a-school', 'a-psy']), 15_000, 200);
    const noticesOf = (kind: string) => stream!.forCase(caseId!).filter((message) => message.data.kind === kind);
    const firstNotice = (kind: string, after: number) =>
      expectEventually(
        () => {
          const received = noticesOf(kind).slice(after)[0];
          if (!received) throw new Error(`no ${kind} notice yet`);
          return received;
        },
        15_000,
        10,
      );

    const withdrawnAt = Date.now();
    const withdrawn = await caseCoordination.call(
      'POST',
      `/cases/${caseId}/consents/${consent.body.consentId}/withdraw`,
      await fetchToken('liisa.aalto'),
      {},
    );
    expect(withdrawn.status).toBe(200);
    const notice = await firstNotice('PlanVisibilityChanged', 0);
    // Read at once on the notice, as the web app does: the psychiatry action is no longer there.
    expect(await actionsAnnaSees()).toEqual(['a-school']);
    expect(notice.at - withdrawnAt).toBeLessThan(10_000);
    // case-coordination's own notice comes too, before or after: a read on it alone could still see the old plan.
    await expectEventually(() => expect(noticesOf('ConsentWithdrawn')).not.toEqual([]), 15_000, 50);

    // What client-plan published: in its outbox, caused by the withdrawal, no client data.
    const published: Array<{ payload: Record<string, unknown> }> = await clientPlan.app
      .get(DataSource)
      .query(
        "SELECT envelope->'payload' AS payload FROM outbox WHERE event_name = $1 AND envelope->>'caseId' = $2 ORDER BY seq",
        ['PlanVisibilityChanged.v1', caseId],
      );
    expect(published.map((row) => row.payload)).toEqual([
      { planId: started.planId, consentId: consent.body.consentId, change: 'consent-withdrawn', appliedAt: expect.any(String) },
    ]);

    // The mother consents again: the action comes back on the notice of client-plan's change.
    const again = await caseCoordination.call('POST', `/cases/${caseId}/consents`, await fetchToken('liisa.aalto'), {
      informationClass: 'health',
      toAgency: 'school',
      validFrom: today(),
      validUntil: inDays(30),
    });
    expect(again.status).toBe(201);
    await firstNotice('PlanVisibilityChanged', 1);
    expect(await actionsAnnaSees()).toEqual(['a-school', 'a-psy']);

    // The timeline has the consents, not client-plan's notices: a plan event published after them is
    // there, so case-coordination has taken the notices too, and left them off.
    const current = await clientPlan.call('GET', `/cases/${caseId}/plan`, sari);
    const saved = await clientPlan.call('PUT', `/cases/${caseId}/plan/draft`, sari, {
      base: { version: current.body.open.version, revision: current.body.open.revision },
      content: { ...content, reviewOn: inDays(180) },
    });
    expect(saved.status).toBe(200);
    const timeline = await expectEventually(
      async () => {
        const answer = await caseCoordination.call('GET', `/cases/${caseId}/timeline`, sari);
        expect(answer.status).toBe(200);
        const events = (answer.body as Array<{ event: string }>).map((entry) => entry.event);
        expect(events).toContain('PlanRevisionSaved.v1');
        return events;
      },
      20_000,
      250,
    );
    expect(timeline).toEqual(expect.arrayContaining(['ConsentWithdrawn.v1', 'ConsentGiven.v1']));
    expect(timeline).not.toContain('PlanVisibilityChanged.v1');
  }, 120_000);
});
