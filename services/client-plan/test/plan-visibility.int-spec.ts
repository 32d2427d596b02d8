import { ConsentAccess } from '@yhdessa/consent';
import { systemActor, topics, type EventName, type PayloadOf } from '@yhdessa/contracts';
import { buildEnvelope, toKafkaMessage } from '@yhdessa/messaging';
import { finnishDate, newId } from '@yhdessa/platform';
import { claims, connectTestProducer, expectEventually, type ServiceFixture } from '@yhdessa/testing';
import type { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import type { ClientPlanConfig } from '../src/client-plan.config.js';
import { startClientPlan } from './client-plan.fixture.js';
import { fetchParties, planCases, type Party } from './plan-case.fixture.js';

const day = (offset: number) => finnishDate(new Date(Date.now() + offset * 86_400_000));
const PROJECTED_WITHIN_MS = 20_000;

interface Told {
  id: string;
  causationId: string | null;
  payload: PayloadOf<'PlanVisibilityChanged.v1'>;
}

/**
 * A consent given or withdrawn, as case-coordination publishes it on the real Kafka, is told on
 * plan.events (PlanVisibilityChanged) in the transaction that changes client-plan's consent
 * projection: once it is in the outbox, the school's read of the plan follows the consent. Once per
 * consent event, and only for a case with a plan.
 */
describe('the client plan: the notice that its reads follow a consent', () => {
  let service: ServiceFixture<ClientPlanConfig>;
  let dataSource: DataSource;
  let producer: Producer;
  let cases: ReturnType<typeof planCases>;
  const party = {} as Record<'worker' | 'teacher' | 'nurse' | 'mother', Party>;

  beforeAll(async () => {
    service = await startClientPlan('yhdessa_test_client_plan_visibility');
    dataSource = service.app.get(DataSource);
    cases = planCases(service);
    Object.assign(party, await fetchParties(['worker', 'teacher', 'nurse', 'mother']));
    producer = await connectTestProducer('client-plan-visibility-test');
  }, 90_000);

  afterAll(async () => {
    await producer?.disconnect();
    await service?.close();
  });

  const id = (who: Party) => claims(who.token).sub;

  /** An event on case.events as case-coordination publishes it; returns its id. */
  async function caseEvent<N extends EventName>(name: N, caseId: string, payload: PayloadOf<N>, eventId = newId()) {
    const envelope = buildEnvelope(name, caseId, payload, {
      id: eventId,
      occurredAt: new Date(),
      correlationId: eventId,
      causationId: null,
      actor: systemActor('case-coordination'),
    });
    await producer.send({ topic: topics.case, messages: [toKafkaMessage(caseId, name, envelope)] });
    return eventId;
  }
  const given = (caseId: string, consentId: string) =>
    caseEvent('ConsentGiven.v1', caseId, {
      consentId,
      givenBy: { role: 'guardian', userId: id(party.mother) },
      method: 'electronic',
      informationClass: 'health',
      toAgency: 'school',
      validFrom: day(-1),
      validUntil: day(60),
      givenAt: new Date().toISOString(),
    });
  const withdrawal = (consentId: string) => ({
    consentId,
    withdrawnBy: { role: 'guardian' as const },
    withdrawnAt: new Date().toISOString(),
  });
  const told = async (caseId: string): Promise<Told[]> =>
    (
      await dataSource.query("SELECT envelope FROM outbox WHERE event_name = $1 AND envelope->>'caseId' = $2 ORDER BY seq", [
        'PlanVisibilityChanged.v1',
        caseId,
      ])
    ).map((row: { envelope: Told }) => row.envelope);
  const actionsTheSchoolSees = async (caseId: string): Promise<string[]> => {
    const plan = await service.call('GET', `/cases/${caseId}/plan`, party.teacher.token);
    expect(plan.status).toBe(200);
    return plan.body.open.content.actions.map((action: { id: string }) => action.id);
  };

  it('tells of a consent given and withdrawn once each, when the school’s read of the plan already follows it', async () => {
    const caseId = await cases.open([party.worker, party.teacher, party.nurse, party.mother]);
    const action = (actionId: string, agency: string, who: Party) => ({
      id: actionId,
      what: `Action of ${agency}`,
      agency,
      responsible: { userId: id(who), name: claims(who.token).name },
      start: day(0),
      due: day(90),
      goalIds: [],
    });
    const started = await service.call('POST', `/cases/${caseId}/plan`, party.worker.token, {
      childDateOfBirth: '2012-09-14',
      content: {
        needs: [],
        goals: [],
        actions: [action('a-school', 'school', party.teacher), action('a-psy', 'psychiatry', party.nurse)],
        services: [],
        participants: [],
        childView: null,
        disagreements: [],
        reviewOn: null,
      },
    });
    expect(started.status).toBe(201);
    expect(await actionsTheSchoolSees(caseId)).toEqual(['a-school']);

    const consentId = newId();
    const givenId = await given(caseId, consentId);
    const first = await expectEventually(
      async () => {
        const [notice] = await told(caseId);
        if (!notice) throw new Error('not told yet');
        return notice;
      },
      PROJECTED_WITHIN_MS,
      20,
    );
    // Read at once on the notice, as the browser does: the consent is already in force for the school.
    expect(await actionsTheSchoolSees(caseId)).toEqual(['a-school', 'a-psy']);
    expect(first.payload).toEqual({
      planId: started.body.planId,
      consentId,
      change: 'consent-given',
      appliedAt: expect.any(String),
    });
    expect(first.causationId).toBe(givenId);

    const withdrawnId = await caseEvent('ConsentWithdrawn.v1', caseId, withdrawal(consentId));
    await expectEventually(async () => expect(await told(caseId)).toHaveLength(2), PROJECTED_WITHIN_MS, 20);
    expect(await actionsTheSchoolSees(caseId)).toEqual(['a-school']);
    // The same withdrawal again (a redelivery) is not told twice; a consent after it, on the same case, is.
    await caseEvent('ConsentWithdrawn.v1', caseId, withdrawal(consentId), withdrawnId);
    await given(caseId, newId());
    await expectEventually(async () => expect(await told(caseId)).toHaveLength(3), PROJECTED_WITHIN_MS, 50);
    const notices = await told(caseId);
    expect(notices.map((notice) => [notice.payload.change, notice.causationId])).toEqual([
      ['consent-given', givenId],
      ['consent-withdrawn', withdrawnId],
      ['consent-given', expect.any(String)],
    ]);
  }, 60_000);

  it('says nothing of a consent on a case without a plan', async () => {
    const caseId = await cases.open([party.worker, party.teacher, party.mother]);
    const consentId = newId();
    await given(caseId, consentId);
    await caseEvent('ConsentWithdrawn.v1', caseId, withdrawal(consentId));
    await expectEventually(async () => {
      const rows = await dataSource.query('SELECT withdrawn_at FROM consent WHERE consent_id = $1', [consentId]);
      expect(rows).toEqual([{ withdrawn_at: expect.any(Date) }]);
    }, PROJECTED_WITHIN_MS);
    expect(await service.app.get(ConsentAccess).allows(caseId, 'school', 'health')).toBe(false);
    expect(await told(caseId)).toEqual([]);
  }, 60_000);
});
