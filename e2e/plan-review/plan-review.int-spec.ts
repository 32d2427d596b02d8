import { systemActor, topics } from '@yhdessa/contracts';
import { messagingMigrations, EventPublisher } from '@yhdessa/messaging';
import { newId, finnishDate } from '@yhdessa/platform';
import { expectEventually, fetchToken, startMessagingApp, type MessagingTestApp } from '@yhdessa/testing';
import { planReviewDue } from '../../services/case-coordination/src/deadlines/statutory-deadlines.domain.js';
import {
  startCaseCoordination,
  type CaseCoordinationUnderTest,
} from '../../services/case-coordination/test/case-coordination.fixture.js';

/** A signed plan version, published on plan.events, sets the case's review clock in case-coordination. */
describe('the client plan review clock, from client-plan events', () => {
  let caseCoordination: CaseCoordinationUnderTest;
  let planService: MessagingTestApp;
  let worker: string;

  beforeAll(async () => {
    caseCoordination = await startCaseCoordination('yhdessa_test_plan_review');
    planService = await startMessagingApp({
      database: 'yhdessa_test_plan_publisher',
      migrations: messagingMigrations,
      publishesTo: [topics.plan],
    });
    worker = await fetchToken('sari.virtanen');
  }, 90_000);

  afterAll(async () => {
    await planService?.close();
    await caseCoordination?.close();
  });

  it('is due a year after the latest signed version, on a working day', async () => {
    const kase = (
      await caseCoordination.call('POST', '/cases', worker, {
        origin: 'child-welfare-notification',
        receivedAt: new Date().toISOString(),
        language: 'fi',
        child: { name: 'Plan Review Child', dateOfBirth: '2012-03-14' },
        notification: { channel: 'school', content: 'Worried about the evenings.' },
      })
    ).body as { id: string };
    const signedOffAt = new Date();
    const publisher = planService.app.get(EventPublisher);
    const sign = (version: number) =>
      planService.dataSource.transaction((manager) =>
        publisher.append(
          manager,
          'PlanVersionSignedOff.v1',
          kase.id,
          { planId: newId(), version, signedOffAt: signedOffAt.toISOString() },
          systemActor('client-plan'),
        ),
      );

    // The consumer group reads only new events: sign until case-coordination has it (the clock is the same each time).
    await expectEventually(
      async () => {
        await sign(1);
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        const deadlines = (await caseCoordination.call('GET', `/cases/${kase.id}/deadlines`, worker)).body as Array<{
          kind: string;
          dueOn: string;
        }>;
        expect(deadlines).toContainEqual(
          expect.objectContaining({ kind: 'client-plan-review', dueOn: planReviewDue(finnishDate(signedOffAt)) }),
        );
      },
      60_000,
      0,
    );
    const [{ n }] = await caseCoordination.dataSource.query(
      "SELECT count(*)::int AS n FROM case_deadline WHERE case_id = $1 AND kind = 'client-plan-review'",
      [kase.id],
    );
    expect(n).toBe(1); // one clock per case, replaced by each signed version
  }, 120_000);
});
