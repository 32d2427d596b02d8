import { topics, type AssessmentCompletedV1, type Envelope } from '@yhdessa/contracts';
import { buildEnvelope, toKafkaMessage } from '@yhdessa/messaging';
import { newId } from '@yhdessa/platform';
import { claims, connectTestProducer, expectEventually, type ServiceFixture } from '@yhdessa/testing';
import type { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import type { ClientPlanConfig } from '../src/client-plan.config.js';
import { startClientPlan } from './client-plan.fixture.js';
import { fetchParties, planCases, type Party } from './plan-case.fixture.js';

/**
 * The assessment service's `AssessmentCompleted.v1`, through assessment.events and client-plan's
 * inbox, starts the case's plan as a draft with the synthesis' needs and their sources, once: the same
 * event again, a re-sent completion, or a completion for a case with a plan already changes nothing.
 */
describe('the client plan drafted from a completed assessment', () => {
  let service: ServiceFixture<ClientPlanConfig>;
  let dataSource: DataSource;
  let cases: ReturnType<typeof planCases>;
  let producer: Producer;
  let worker: Party;
  let teacher: Party;

  beforeAll(async () => {
    service = await startClientPlan('yhdessa_test_client_plan_from_assessment');
    dataSource = service.app.get(DataSource);
    cases = planCases(service);
    ({ worker, teacher } = await fetchParties(['worker', 'teacher']));
    producer = await connectTestProducer('plan-from-assessment-test');
  }, 120_000);

  afterAll(async () => {
    await producer?.disconnect();
    await service?.close();
  });

  const need = (text: string, domains: string[]) => ({ needId: newId(), text, domains, fromInvitations: [newId(), newId()] });
  const completion = (caseId: string, payload: Partial<AssessmentCompletedV1> = {}): Envelope<AssessmentCompletedV1> =>
    buildEnvelope(
      'AssessmentCompleted.v1',
      caseId,
      {
        assessmentId: newId(),
        kind: 'service-needs',
        completedAt: new Date().toISOString(),
        needs: [need('Calm evenings at home', ['family']), need('Support lessons at school', ['school', 'learning'])],
        ...payload,
      },
      {
        id: newId(),
        occurredAt: new Date(),
        correlationId: newId(),
        causationId: null,
        actor: { userId: claims(worker.token).sub, agency: 'child-protection', role: 'cp-social-worker' },
      },
    );
  const publish = (...envelopes: Envelope[]) =>
    producer.send({
      topic: topics.assessment,
      messages: envelopes.map((envelope) => toKafkaMessage(envelope.caseId, 'AssessmentCompleted.v1', envelope)),
    });
  const handled = (eventId: string) =>
    expectEventually(async () => {
      const rows = await dataSource.query('SELECT 1 FROM inbox WHERE consumer_group = $1 AND event_id = $2', [
        service.config.KAFKA_GROUP_ID,
        eventId,
      ]);
      expect(rows).toHaveLength(1);
    }, 20_000);
  /** The plan's own events of a case (the audit's AccessRecorded left out). */
  const outbox = async (caseId: string) =>
    (await dataSource.query(
      "SELECT event_name, envelope->'payload' AS payload FROM outbox WHERE message_key = $1 AND event_name LIKE 'Plan%' ORDER BY seq",
      [caseId],
    )) as Array<{
      event_name: string;
      payload: { from?: string; version?: number; contentHash?: string };
    }>;
  const plansOf = async (caseId: string) =>
    (await dataSource.query('SELECT count(*)::int AS n FROM plan WHERE case_id = $1', [caseId]))[0].n as number;

  it('starts the draft with the needs, each keeping its source, and says so in an event', async () => {
    const caseId = await cases.open([worker, teacher]);
    const completed = completion(caseId);
    await publish(completed);
    await handled(completed.id);

    const read = await service.call('GET', `/cases/${caseId}/plan`, worker.token);
    expect(read.status).toBe(200);
    expect(read.body.inForce).toBeNull();
    expect(read.body.childDateOfBirth).toBeNull();
    expect(read.body.open).toMatchObject({ version: 1, revision: 1, status: 'draft' });
    expect(read.body.open.content.needs).toEqual(
      completed.payload.needs.map((found) => ({
        id: found.needId,
        text: found.text,
        source: {
          assessmentId: completed.payload.assessmentId,
          needId: found.needId,
          domains: found.domains,
          fromInvitations: found.fromInvitations,
        },
      })),
    );
    expect(read.body.open.content.goals).toEqual([]);

    const events = await outbox(caseId);
    expect(events.map((event) => event.event_name)).toEqual(['PlanDraftStarted.v1']);
    expect(events[0]!.payload).toMatchObject({ version: 1, from: 'assessment', contentHash: read.body.open.contentHash });
    const [revision] = await dataSource.query('SELECT author_user_id, author_name FROM plan_revision WHERE plan_id = $1', [
      read.body.planId,
    ]);
    expect(revision).toEqual({ author_user_id: claims(worker.token).sub, author_name: claims(worker.token).name });

    // The worker goes on from the draft as from any other.
    const saved = await service.call('PUT', `/cases/${caseId}/plan/draft`, worker.token, {
      base: { version: 1, revision: 1 },
      content: {
        ...read.body.open.content,
        goals: [
          { id: 'g1', professional: 'Aino goes to school', childWords: null, needIds: [completed.payload.needs[1]!.needId] },
        ],
      },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.open.content.needs).toEqual(read.body.open.content.needs);
  }, 60_000);

  it('changes nothing when the same event comes again or the completion is re-sent under a new id', async () => {
    const caseId = await cases.open([worker]);
    const completed = completion(caseId);
    await publish(completed);
    await handled(completed.id);
    const before = await service.call('GET', `/cases/${caseId}/plan`, worker.token);

    const resent = { ...completed, id: newId(), payload: { ...completed.payload, needs: [need('Another need', ['health'])] } };
    await publish(completed, resent);
    await handled(resent.id);

    const after = await service.call('GET', `/cases/${caseId}/plan`, worker.token);
    expect(after.body).toEqual(before.body);
    expect(await plansOf(caseId)).toBe(1);
    expect((await outbox(caseId)).map((event) => event.event_name)).toEqual(['PlanDraftStarted.v1']);
  }, 60_000);

  it('leaves a plan the worker started already as it is', async () => {
    const caseId = await cases.open([worker]);
    const started = await service.call('POST', `/cases/${caseId}/plan`, worker.token, { childDateOfBirth: '2012-03-14' });
    expect(started.status).toBe(201);
    const reassessed = completion(caseId, { kind: 'reassessment' });
    await publish(reassessed);
    await handled(reassessed.id);

    const after = await service.call('GET', `/cases/${caseId}/plan`, worker.token);
    expect(after.body).toEqual(started.body);
    expect(after.body.open.content.needs).toEqual([]);
    expect(await plansOf(caseId)).toBe(1);
    expect((await outbox(caseId)).map((event) => event.payload.from)).toEqual(['blank']);
  }, 60_000);
});
