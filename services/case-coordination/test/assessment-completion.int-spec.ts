import { systemActor, topics, type AssessmentCompletedV1, type Envelope } from '@yhdessa/contracts';
import { buildEnvelope, toKafkaMessage } from '@yhdessa/messaging';
import { newId } from '@yhdessa/platform';
import { connectTestProducer, expectEventually, fetchToken } from '@yhdessa/testing';
import type { Producer } from 'kafkajs';
import { startCaseCoordination, type CaseCoordinationUnderTest } from './case-coordination.fixture.js';

/**
 * The assessment service's `AssessmentCompleted.v1` meets the case's service-needs-assessment clock
 * (SHL 36 §: three months from the notification's arrival) through assessment.events, once; a late
 * completion stays recorded as late; a reassessment leaves the clock alone.
 */
describe('the service-needs assessment clock, met by AssessmentCompleted', () => {
  let service: CaseCoordinationUnderTest;
  let producer: Producer;
  let worker: string;
  const opened: string[] = [];

  beforeAll(async () => {
    service = await startCaseCoordination('yhdessa_test_assessment_completion');
    worker = await fetchToken('sari.virtanen');
    producer = await connectTestProducer('assessment-completion-test');
  }, 120_000);

  afterAll(async () => {
    await producer?.disconnect();
    for (const id of opened) await service.call('POST', `/cases/${id}/close`, worker, { reason: 'test finished' });
    await service?.close();
  });

  /** A case whose notification arrived `daysAgo` days ago, with the decision to start the assessment made. */
  async function caseWithAssessmentClock(daysAgo: number): Promise<string> {
    const opening = await service.call('POST', '/cases', worker, {
      origin: 'child-welfare-notification',
      receivedAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString(),
      language: 'fi',
      child: { name: `Assessment Clock ${newId().slice(-6)}`, dateOfBirth: '2012-03-14' },
      notification: { channel: 'school', content: 'Worried about the evenings.' },
    });
    expect(opening.status).toBe(201);
    opened.push(opening.body.id);
    const decided = await service.call('POST', `/cases/${opening.body.id}/assessment-decision`, worker, { decision: 'start' });
    expect(decided.status).toBe(200);
    return opening.body.id;
  }

  const completion = (caseId: string, payload: Partial<AssessmentCompletedV1> = {}): Envelope<AssessmentCompletedV1> =>
    buildEnvelope(
      'AssessmentCompleted.v1',
      caseId,
      { assessmentId: newId(), kind: 'service-needs', completedAt: new Date().toISOString(), needs: [], ...payload },
      { id: newId(), occurredAt: new Date(), correlationId: newId(), causationId: null, actor: systemActor('assessment') },
    );
  const publish = (...envelopes: Envelope[]) =>
    producer.send({
      topic: topics.assessment,
      messages: envelopes.map((envelope) => toKafkaMessage(envelope.caseId, 'AssessmentCompleted.v1', envelope)),
    });
  const clockOf = async (caseId: string) => {
    const deadlines = await service.call('GET', `/cases/${caseId}/deadlines`, worker);
    expect(deadlines.status).toBe(200);
    return (deadlines.body as Array<{ kind: string; status: string; late: boolean; overdue: boolean }>).find(
      (deadline) => deadline.kind === 'service-needs-assessment',
    )!;
  };
  const handled = (eventId: string) =>
    expectEventually(async () => {
      const rows = await service.dataSource.query('SELECT 1 FROM inbox WHERE consumer_group = $1 AND event_id = $2', [
        service.config.KAFKA_GROUP_ID,
        eventId,
      ]);
      expect(rows).toHaveLength(1);
    }, 20_000);

  it('is met on time by a completion within three months, and the timeline says so', async () => {
    const caseId = await caseWithAssessmentClock(10);
    expect(await clockOf(caseId)).toMatchObject({ status: 'open', late: false });
    const completed = completion(caseId);
    await publish(completed);
    await handled(completed.id);
    expect(await clockOf(caseId)).toMatchObject({ status: 'met', late: false, overdue: false });
    const timeline = await service.call('GET', `/cases/${caseId}/timeline`, worker);
    expect(JSON.stringify(timeline.body)).toContain('Assessment completed: 0 need(s) identified');
  }, 60_000);

  it('records a completion after the due day as late, and keeps it as first met whatever is sent again', async () => {
    const caseId = await caseWithAssessmentClock(120);
    expect(await clockOf(caseId)).toMatchObject({ status: 'overdue', overdue: true });
    const completed = completion(caseId);
    await publish(completed);
    await handled(completed.id);
    expect(await clockOf(caseId)).toMatchObject({ status: 'met', late: true, overdue: false });
    const [first] = await service.dataSource.query(
      "SELECT met_at FROM case_deadline WHERE case_id = $1 AND kind = 'service-needs-assessment'",
      [caseId],
    );

    // The same event again, and the completion re-sent later under a new id: the clock was met when it was met.
    const resent = {
      ...completed,
      id: newId(),
      payload: { ...completed.payload, completedAt: new Date(Date.now() + 86_400_000).toISOString() },
    };
    await publish(completed, resent);
    await handled(resent.id);
    const [after] = await service.dataSource.query(
      "SELECT met_at FROM case_deadline WHERE case_id = $1 AND kind = 'service-needs-assessment'",
      [caseId],
    );
    expect(after.met_at).toEqual(first.met_at);
  }, 60_000);

  it('leaves the clock alone for a reassessment', async () => {
    const caseId = await caseWithAssessmentClock(10);
    const reassessed = completion(caseId, { kind: 'reassessment' });
    await publish(reassessed);
    await handled(reassessed.id);
    expect(await clockOf(caseId)).toMatchObject({ status: 'open', late: false });
  }, 60_000);
});
