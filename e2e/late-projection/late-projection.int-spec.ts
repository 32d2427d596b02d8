import { CareTeamAccess } from '@yhdessa/care-team';
import { ConsentAccess } from '@yhdessa/consent';
import { caseStateTopic, systemActor, topics } from '@yhdessa/contracts';
import { TOMBSTONE_ENVELOPE_HEADER } from '@yhdessa/messaging';
import { finnishDate, newId } from '@yhdessa/platform';
import {
  claims,
  connectTestProducer,
  expectEventually,
  fetchToken,
  startThrowawayKafka,
  type ServiceFixture,
  type ThrowawayKafka,
} from '@yhdessa/testing';
import { Kafka, logLevel, type Admin, type KafkaMessage } from 'kafkajs';
import { DataSource } from 'typeorm';
import { startAssessment } from '../../services/assessment/test/assessment.fixture.js';
import { CaseStatePublisher } from '../../services/case-coordination/src/case-state/case-state.publisher.js';
import {
  startCaseCoordination,
  type CaseCoordinationUnderTest,
} from '../../services/case-coordination/test/case-coordination.fixture.js';

const inDays = (days: number) => finnishDate(new Date(Date.now() + days * 86_400_000));

/**
 * A consumer group created after `case.events` has aged out (a new service, a projection rebuilt
 * after a restore) still builds every case's complete care team and consents, from the compacted
 * `case.state`. On a throwaway broker of the test's own whose events topics keep records for seconds.
 */
describe('a projection that starts after the events aged out', () => {
  let kafka: ThrowawayKafka;
  let admin: Admin;
  let caseCoordination: CaseCoordinationUnderTest | undefined;
  let assessment: ServiceFixture<unknown> | undefined;

  beforeAll(async () => {
    kafka = await startThrowawayKafka({
      properties: {
        'log.retention.ms': '3000', // *.events and dead letters: gone after three seconds
        'log.roll.ms': '1000', // a new segment every second, so old ones can go
        'log.retention.check.interval.ms': '500',
        'log.initial.task.delay.ms': '0',
        'log.segment.delete.delay.ms': '500',
      },
    });
    admin = new Kafka({ clientId: 'late-projection-test', brokers: kafka.brokers, logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
  }, 180_000);

  afterAll(async () => {
    await assessment?.close();
    await caseCoordination?.close();
    await admin?.disconnect();
    await kafka?.destroy();
  }, 90_000);

  it('builds the complete care team and consents, a removal and a withdrawal included, and holds nothing of an erased case', async () => {
    caseCoordination = await startCaseCoordination('yhdessa_test_late_projection_cc', {
      env: { KAFKA_BROKERS: kafka.brokers.join(',') },
    });
    const call = (method: string, path: string, token: string, body?: unknown) =>
      caseCoordination!.call(method, path, token, body);
    const [worker, guardian] = [await fetchToken('sari.virtanen'), await fetchToken('liisa.aalto')];
    const [clinician, teacher, liisa] = [
      claims(await fetchToken('hanna.makinen')),
      claims(await fetchToken('anna.laine')),
      claims(guardian),
    ];
    const open = async (name: string) => {
      const opened = await call('POST', '/cases', worker, {
        origin: 'child-welfare-notification',
        receivedAt: new Date().toISOString(),
        language: 'fi',
        child: { name, dateOfBirth: '2013-05-20' },
        guardians: [{ name: 'Liisa Aalto', userId: liisa.sub }],
        notification: { channel: 'school', content: 'Worried about the child.' },
      });
      expect(opened.status).toBe(201);
      return opened.body.id as string;
    };
    const join = async (
      caseId: string,
      who: { sub: string; name: string },
      agency: string,
      participantKind: string,
      roleInCase: string,
    ) => {
      const joined = await call('POST', `/cases/${caseId}/care-team`, worker, {
        userId: who.sub,
        displayName: who.name,
        agency,
        participantKind,
        roleInCase,
        since: inDays(0),
      });
      expect(joined.status).toBe(201);
      return joined.body.memberId as string;
    };

    // A case's whole history, while only case-coordination listens.
    const caseId = await open('Late Projection Child');
    await join(caseId, clinician, 'psychiatry', 'professional', 'child psychiatrist');
    const teacherMember = await join(caseId, teacher, 'school', 'professional', 'class teacher');
    await join(caseId, liisa, 'family', 'guardian', 'mother');
    expect((await call('DELETE', `/cases/${caseId}/care-team/${teacherMember}`, worker, { reason: 'moved school' })).status).toBe(
      204,
    );
    const consent = (informationClass: string, toAgency: string) =>
      call('POST', `/cases/${caseId}/consents`, guardian, {
        informationClass,
        toAgency,
        validFrom: inDays(0),
        validUntil: inDays(60),
      });
    const healthToSchool = await consent('health', 'school');
    expect(healthToSchool.status).toBe(201);
    expect((await consent('school', 'psychiatry')).status).toBe(201);
    expect((await call('POST', `/cases/${caseId}/consents/${healthToSchool.body.consentId}/withdraw`, guardian)).status).toBe(
      200,
    );

    // Another case, erased (what a case erasure does on Kafka; the erasure itself is case-coordination's).
    const erasedId = await open('Erased Child');
    await join(erasedId, clinician, 'psychiatry', 'professional', 'child psychiatrist');
    await caseCoordination.dataSource.transaction((manager) =>
      caseCoordination!.app.get(CaseStatePublisher).erase(manager, erasedId, systemActor('late-projection-test')),
    );

    // Everything has left the outbox; then the events topic forgets all of it.
    await expectEventually(
      async () => {
        const [{ n }] = await caseCoordination!.dataSource.query(
          'SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL',
        );
        expect(n).toBe(0);
      },
      30_000,
      200,
    );
    const eventIds: string[] = (
      await caseCoordination.dataSource.query('SELECT event_id FROM outbox WHERE message_key = $1 AND topic = $2', [
        caseId,
        topics.case,
      ])
    ).map((row: { event_id: string }) => row.event_id);
    expect(eventIds.length).toBeGreaterThanOrEqual(8);
    const history = await admin.fetchTopicOffsets(topics.case);
    await ageOut(kafka, admin, history);
    expect((await admin.fetchTopicOffsets(caseStateTopic)).every((partition) => partition.low === '0')).toBe(true); // compacted, never aged out

    // A consumer group that did not exist until now.
    assessment = await startAssessment('yhdessa_test_late_projection_assessment', {
      env: { KAFKA_BROKERS: kafka.brokers.join(','), KAFKA_FROM_BEGINNING: 'true' },
    });
    const careTeam = assessment.app.get(CareTeamAccess);
    const consents = assessment.app.get(ConsentAccess);
    await expectEventually(
      async () => {
        const members = await careTeam.members(caseId);
        expect(members.map((member) => [member.userId, member.removedAt === null]).sort()).toEqual(
          [
            [claims(worker).sub, true],
            [clinician.sub, true],
            [teacher.sub, false],
            [liisa.sub, true],
          ].sort(),
        );
        expect(await consents.allows(caseId, 'psychiatry', 'school')).toBe(true);
      },
      60_000,
      250,
    );
    expect(await careTeam.isMember(caseId, teacher.sub)).toBe(false);
    expect(await careTeam.isMember(caseId, clinician.sub)).toBe(true);
    expect(await consents.allows(caseId, 'school', 'health')).toBe(false);
    const projections = assessment.app.get(DataSource);
    const [{ n: fromEvents }] = await projections.query('SELECT count(*)::int AS n FROM inbox WHERE event_id = ANY($1::uuid[])', [
      eventIds,
    ]);
    expect(fromEvents).toBe(0); // it learned the case from case.state alone

    // The erased case: a tombstone on case.state, and the new projection holds nothing of it.
    const lastOfErased = await lastRecord(kafka, caseStateTopic, erasedId);
    expect(lastOfErased.value).toBeNull();
    expect(JSON.parse(lastOfErased.headers![TOMBSTONE_ENVELOPE_HEADER]!.toString())).toMatchObject({
      type: 'CaseStateErased',
      caseId: erasedId,
    });
    await expectEventually(
      async () => {
        const [{ n }] = await projections.query('SELECT count(*)::int AS n FROM care_team_erased_case WHERE case_id = $1', [
          erasedId,
        ]);
        expect(n).toBe(1);
      },
      30_000,
      250,
    );
    expect(await careTeam.members(erasedId)).toEqual([]);
  }, 300_000);
});

/** Feeds every partition of `case.events` a record no consumer knows, until each has deleted everything it held at `history`. */
async function ageOut(kafka: ThrowawayKafka, admin: Admin, history: Array<{ partition: number; high: string }>): Promise<void> {
  const producer = await connectTestProducer('late-projection-filler', kafka.brokers);
  try {
    await expectEventually(
      async () => {
        await producer.send({
          topic: topics.case,
          messages: history.map(({ partition }) => ({ partition, key: null, value: JSON.stringify(filler()) })),
        });
        const now = await admin.fetchTopicOffsets(topics.case);
        for (const { partition, high } of history) {
          expect(Number(now.find((entry) => entry.partition === partition)!.low)).toBeGreaterThanOrEqual(Number(high));
        }
      },
      90_000,
      500,
    );
  } finally {
    await producer.disconnect();
  }
}

/** A well-formed event of a type no consumer knows: every inbox passes it by. */
function filler() {
  const id = newId();
  return {
    id,
    type: 'RetentionFiller',
    version: 1,
    occurredAt: new Date().toISOString(),
    caseId: newId(),
    actor: systemActor('late-projection-test'),
    correlationId: id,
    causationId: null,
    payload: {},
  };
}

/** The last record of one key on a topic, read from its beginning. */
async function lastRecord(kafka: ThrowawayKafka, topic: string, key: string): Promise<KafkaMessage> {
  const client = new Kafka({ clientId: 'late-projection-reader', brokers: kafka.brokers, logLevel: logLevel.NOTHING });
  const admin = client.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(topic);
  await admin.disconnect();
  const consumer = client.consumer({ groupId: `late-projection-reader-${newId()}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let last: KafkaMessage | undefined;
  const seen = new Map<number, number>();
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${topic} was not read to its end`)), 30_000);
    const done = () =>
      ends.every(
        ({ partition, high }) =>
          (seen.get(partition) ?? Number(ends.find((end) => end.partition === partition)!.low)) >= Number(high),
      );
    void consumer.run({
      eachMessage: async ({ partition, message }) => {
        if (message.key?.toString() === key) last = message;
        seen.set(partition, Number(message.offset) + 1);
        if (done()) {
          clearTimeout(timer);
          resolve();
        }
      },
    });
  });
  await consumer.disconnect();
  if (!last) throw new Error(`no record of ${key} on ${topic}`);
  return last;
}
