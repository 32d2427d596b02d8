import { systemActor, topics, type Envelope, type EventName, type PayloadOf } from '@yhdessa/contracts';
import { buildEnvelope, toKafkaMessage } from '@yhdessa/messaging';
import { newId } from '@yhdessa/platform';
import { connectTestProducer, expectEventually, fetchToken } from '@yhdessa/testing';
import type { Producer } from 'kafkajs';
import { RemoveTimelineEntriesOffTheTimeline1767000008000 } from '../src/migrations/1767000008000-remove-timeline-entries-off-the-timeline.migration.js';
import { childBirthDate, childIdentityCode } from './child-identity.fixture.js';
import { startCaseCoordination, type CaseCoordinationUnderTest } from './case-coordination.fixture.js';

/**
 * What the case timeline takes from every events topic, and what it leaves off: an anonymous
 * consultation, keyed by the consultation and not by a case, leaves nothing on it (its notification
 * still reaches intake's inbox), and a service's notice that its reads now follow a consent is no
 * entry on a case; the migration takes off such entries written before.
 */
describe('timeline: only what happened on a case this service holds', () => {
  let service: CaseCoordinationUnderTest;
  let producer: Producer;
  let worker: string;
  const opened: string[] = [];

  beforeAll(async () => {
    service = await startCaseCoordination('yhdessa_test_timeline_scope');
    worker = await fetchToken('sari.virtanen');
    producer = await connectTestProducer('timeline-scope-test');
  }, 120_000);

  afterAll(async () => {
    await producer?.disconnect();
    for (const id of opened) await service?.call('POST', `/cases/${id}/close`, worker, { reason: 'test finished' });
    await service?.close();
  });

  const envelope = <N extends EventName>(name: N, key: string, payload: PayloadOf<N>): Envelope =>
    buildEnvelope(name, key, payload, {
      id: newId(),
      occurredAt: new Date(),
      correlationId: newId(),
      causationId: null,
      actor: systemActor('test'),
    }) as Envelope;
  const publish = (topic: string, ...envelopes: Envelope[]) =>
    producer.send({
      topic,
      messages: envelopes.map((event) => toKafkaMessage(event.caseId, `${event.type}.v${event.version}`, event)),
    });
  const handled = (...events: Envelope[]) =>
    expectEventually(async () => {
      const rows = await service.dataSource.query('SELECT event_id FROM inbox WHERE consumer_group = $1 AND event_id = ANY($2)', [
        service.config.KAFKA_GROUP_ID,
        events.map((event) => event.id),
      ]);
      expect(rows).toHaveLength(events.length);
    }, 30_000);
  const entriesOf = async (key: string, events: Envelope[]) =>
    (
      await service.dataSource.query('SELECT event_name FROM case_timeline_entry WHERE case_id = $1 OR event_id = ANY($2)', [
        key,
        events.map((event) => event.id),
      ])
    ).map((row: { event_name: string }) => row.event_name);
  const openCase = async () => {
    const dateOfBirth = childBirthDate();
    const answer = await service.call('POST', '/cases', worker, {
      origin: 'child-welfare-notification',
      receivedAt: '2026-11-24T09:15:00+02:00',
      language: 'fi',
      child: { name: `Aino Scope ${newId().slice(-6)}`, personalIdentityCode: childIdentityCode(dateOfBirth), dateOfBirth },
      guardians: [],
      notification: { channel: 'school', notifierName: 'Anna Laine', content: 'Illat huolestuttavat.' },
    });
    expect(answer.status).toBe(201);
    opened.push(answer.body.id);
    return answer.body.id as string;
  };
  const booked = (key: string, bookingId: string, anonymous: boolean) =>
    envelope('ConsultationBooked.v1', key, {
      bookingId,
      consultationType: 'school-child-protection',
      anonymous,
      startsAt: '2026-12-03T13:00:00+02:00',
      endsAt: '2026-12-03T13:45:00+02:00',
      experts: [{ expertId: newId(), userId: 'elina', kind: 'child-protection-consultant' }],
    });

  it("leaves an anonymous consultation off every timeline, while its notification reaches intake's inbox", async () => {
    const bookingId = newId();
    const events = [
      booked(bookingId, bookingId, true),
      envelope('ConsultationRescheduled.v1', bookingId, {
        bookingId,
        by: 'booker',
        from: { startsAt: '2026-12-03T13:00:00+02:00', endsAt: '2026-12-03T13:45:00+02:00' },
        to: { startsAt: '2026-12-04T13:00:00+02:00', endsAt: '2026-12-04T13:45:00+02:00' },
      }),
      envelope('ConsultationConcluded.v1', bookingId, {
        bookingId,
        consultationType: 'school-child-protection',
        anonymous: true,
        outcome: 'notification',
        concludedAt: '2026-12-04T14:00:00+02:00',
        referral: {
          notifier: { userId: 'anna', displayName: 'Anna Laine', agency: 'school' },
          school: 'Kallion ala-aste',
          ageBand: '7-12',
          concernCategory: 'absence',
          summary: 'Poissaoloja kolme viikkoa; koulu tekee lastensuojeluilmoituksen.',
        },
      }),
    ];
    await publish(topics.booking, ...events);
    await handled(...events);

    expect(await entriesOf(bookingId, events)).toEqual([]);
    const inbox = await service.call('GET', '/intake', worker);
    expect(inbox.status).toBe(200);
    expect(inbox.body.filter((item: { bookingId: string }) => item.bookingId === bookingId)).toEqual([
      expect.objectContaining({ kind: 'notification', school: 'Kallion ala-aste', caseId: null }),
    ]);
  }, 60_000);

  it('tells a consultation on the case, and leaves off the assessment’s and the plan’s notices that their reads follow a consent', async () => {
    const caseId = await openCase();
    const consultation = booked(caseId, newId(), false);
    const visibility = envelope('AssessmentVisibilityChanged.v1', caseId, {
      consentId: newId(),
      change: 'consent-withdrawn',
      appliedAt: new Date().toISOString(),
    });
    const planVisibility = envelope('PlanVisibilityChanged.v1', caseId, {
      planId: newId(),
      consentId: newId(),
      change: 'consent-given',
      appliedAt: new Date().toISOString(),
    });
    await publish(topics.booking, consultation);
    await publish(topics.assessment, visibility);
    await publish(topics.plan, planVisibility);
    await handled(consultation, visibility, planVisibility);

    const timeline = await service.call('GET', `/cases/${caseId}/timeline`, worker);
    expect(timeline.status).toBe(200);
    const events = (timeline.body as Array<{ event: string }>).map((entry) => entry.event);
    expect(events).toContain('ConsultationBooked.v1');
    expect(events).not.toContain('AssessmentVisibilityChanged.v1');
    expect(events).not.toContain('PlanVisibilityChanged.v1');
  }, 60_000);

  it('takes off, once, the entries of no case and the notices written before, and keeps the rest', async () => {
    const caseId = await openCase();
    const stray = newId();
    const row = (eventId: string, key: string, name: string) =>
      service.dataSource.query(
        `INSERT INTO case_timeline_entry (event_id, case_id, occurred_at, event_name, information_class, actor, summary, details)
         VALUES ($1, $2, now(), $3, 'shared-plan', '{"userId":"u","agency":"school","role":"teacher"}', 'summary', NULL)`,
        [eventId, key, name],
      );
    const [anonymous, notice, planNotice, kept] = [newId(), newId(), newId(), newId()];
    await row(anonymous, stray, 'ConsultationBooked.v1');
    await row(notice, caseId, 'AssessmentVisibilityChanged.v1');
    await row(planNotice, caseId, 'PlanVisibilityChanged.v1');
    await row(kept, caseId, 'ConsultationConcluded.v1');

    const runner = service.dataSource.createQueryRunner();
    try {
      await new RemoveTimelineEntriesOffTheTimeline1767000008000().up(runner);
    } finally {
      await runner.release();
    }

    const left: Array<{ event_id: string }> = await service.dataSource.query(
      'SELECT event_id FROM case_timeline_entry WHERE event_id = ANY($1)',
      [[anonymous, notice, planNotice, kept]],
    );
    expect(left.map((entry) => entry.event_id)).toEqual([kept]);
  }, 60_000);
});
