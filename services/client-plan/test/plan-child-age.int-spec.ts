import { topics, type AssessmentCompletedV1, type Envelope } from '@yhdessa/contracts';
import { buildEnvelope, toKafkaMessage } from '@yhdessa/messaging';
import { finnishDate, newId } from '@yhdessa/platform';
import { claims, connectTestProducer, expectEventually, type ServiceFixture } from '@yhdessa/testing';
import type { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import type { ClientPlanConfig } from '../src/client-plan.config.js';
import { startClientPlan } from './client-plan.fixture.js';
import { fetchParties, planCases, type Party } from './plan-case.fixture.js';

const day = (offset: number) => finnishDate(new Date(Date.now() + offset * 86_400_000));

/**
 * A plan made from an assessment: a synthesis bigger than a plan holds is taken once, not retried for
 * good; the plan has no date of birth, so it goes to its parties only once the responsible social
 * worker has recorded the child's, the age rules then deciding who signs and who comments.
 */
describe('a plan made from an assessment: its size and the child’s age', () => {
  let service: ServiceFixture<ClientPlanConfig>;
  let dataSource: DataSource;
  let cases: ReturnType<typeof planCases>;
  let producer: Producer;
  const party = {} as Record<'worker' | 'teacher' | 'mother' | 'aino', Party>;

  beforeAll(async () => {
    service = await startClientPlan('yhdessa_test_client_plan_child_age');
    dataSource = service.app.get(DataSource);
    cases = planCases(service);
    Object.assign(party, await fetchParties(['worker', 'teacher', 'mother', 'aino']));
    producer = await connectTestProducer('plan-child-age-test');
  }, 120_000);

  afterAll(async () => {
    await producer?.disconnect();
    await service?.close();
  });

  const call = (method: string, path: string, who: Party, body?: unknown) => service.call(method, path, who.token, body);
  const completion = (caseId: string, needs: AssessmentCompletedV1['needs']): Envelope<AssessmentCompletedV1> =>
    buildEnvelope(
      'AssessmentCompleted.v1',
      caseId,
      { assessmentId: newId(), kind: 'service-needs', completedAt: new Date().toISOString(), needs },
      {
        id: newId(),
        occurredAt: new Date(),
        correlationId: newId(),
        causationId: null,
        actor: { userId: claims(party.worker.token).sub, agency: 'child-protection', role: 'cp-social-worker' },
      },
    );
  const deliver = async (envelope: Envelope<AssessmentCompletedV1>) => {
    await producer.send({
      topic: topics.assessment,
      messages: [toKafkaMessage(envelope.caseId, 'AssessmentCompleted.v1', envelope)],
    });
    await expectEventually(async () => {
      const rows = await dataSource.query('SELECT 1 FROM inbox WHERE consumer_group = $1 AND event_id = $2', [
        service.config.KAFKA_GROUP_ID,
        envelope.id,
      ]);
      expect(rows).toHaveLength(1);
    }, 20_000);
  };
  const needs = (count: number) =>
    Array.from({ length: count }, (_, index) => ({
      needId: newId(),
      text: `Need ${index + 1}`,
      domains: ['family'],
      fromInvitations: [newId()],
    }));

  it('takes a synthesis of 130 needs once: the draft holds the first 100, and the plan reads and saves as any other', async () => {
    const caseId = await cases.open([party.worker, party.teacher]);
    await deliver(completion(caseId, needs(130)));
    const read = await call('GET', `/cases/${caseId}/plan`, party.worker);
    expect(read.status).toBe(200);
    expect(read.body.open.content.needs).toHaveLength(100);
    expect(read.body.open.content.needs.at(-1).text).toBe('Need 100');
    const saved = await call('PUT', `/cases/${caseId}/plan/draft`, party.worker, {
      base: { version: 1, revision: 1 },
      content: { ...read.body.open.content, reviewOn: day(100) },
    });
    expect(saved.status).toBe(200);
    const started = await dataSource.query(
      "SELECT count(*)::int AS n FROM outbox WHERE message_key = $1 AND event_name = 'PlanDraftStarted.v1'",
      [caseId],
    );
    expect(started[0].n).toBe(1);
  }, 60_000);

  it('sends a plan from an assessment to its parties only once the child’s date of birth is recorded, by the responsible worker', async () => {
    const caseId = await cases.open([party.worker, party.teacher, party.mother, party.aino]);
    await deliver(completion(caseId, needs(2)));
    const read = await call('GET', `/cases/${caseId}/plan`, party.worker);
    expect(read.body.childDateOfBirth).toBeNull();
    await call('PUT', `/cases/${caseId}/plan/draft`, party.worker, {
      base: { version: 1, revision: 1 },
      content: { ...read.body.open.content, reviewOn: day(100) },
    });
    const refused = await call('POST', `/cases/${caseId}/plan/versions/1/sign-off`, party.worker, {});
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('plan_child_birth_date_missing');

    const path = `/cases/${caseId}/plan/child-birth-date`;
    expect((await call('PUT', path, party.teacher, { childDateOfBirth: '2012-09-14' })).status).toBe(403);
    expect((await call('PUT', path, party.worker, { childDateOfBirth: day(1) })).body.code).toBe('plan_child_birth_date_invalid');
    expect((await call('PUT', path, party.worker, { childDateOfBirth: 'soon' })).body.code).toBe('validation_failed');
    const fourteen = `${Number(day(0).slice(0, 4)) - 14}-01-01`;
    const recorded = await call('PUT', path, party.worker, { childDateOfBirth: fourteen });
    expect(recorded.status).toBe(200);
    expect(recorded.body.childDateOfBirth).toBe(fourteen);
    const events = await dataSource.query(
      "SELECT envelope->'payload' AS payload FROM outbox WHERE message_key = $1 AND event_name = 'PlanChildBirthDateRecorded.v1'",
      [caseId],
    );
    expect(events).toEqual([{ payload: { planId: read.body.planId } }]); // the date itself does not travel

    const opened = await call('POST', `/cases/${caseId}/plan/versions/1/sign-off`, party.worker, {});
    expect(opened.status).toBe(200);
    expect(
      opened.body.open.round.signatories.map(
        (signatory: { ground: string; part: string }) => `${signatory.ground}:${signatory.part}`,
      ),
    ).toEqual(['responsible-worker:signs', 'guardian:signs', 'child:comments']);
  }, 60_000);
});
