import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { auditCheckpointsTopic, auditRecordsTopic, caseStateTopic, deadLetterTopic, topics } from '@yhdessa/contracts';
import { claims, expectEventually, fetchToken, serviceList, startThrowawayKafka, type ThrowawayKafka } from '@yhdessa/testing';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { startServiceProcess, type StartedService } from './service-process.js';

const run = promisify(execFile);
const adminOf = (kafka: ThrowawayKafka): Admin =>
  new Kafka({ clientId: 'first-start-test', brokers: kafka.brokers, logLevel: logLevel.NOTHING }).admin();

/**
 * A fresh machine: Kafka has no data yet and creates no topic on its own. Each on a throwaway broker
 * of its own (an empty data directory, the platform's broker settings), never the shared one.
 */
describe('the first start on an empty Kafka', () => {
  describe('the services started side by side, as `./yhdessa up` starts them, before anyone created a topic', () => {
    const consumers = serviceList().filter((service) => service.databaseVariable !== null);
    let kafka: ThrowawayKafka;
    let admin: Admin;
    let services: StartedService[] = [];

    beforeAll(async () => {
      kafka = await startThrowawayKafka();
      admin = adminOf(kafka);
      await admin.connect();
    }, 180_000);

    afterAll(async () => {
      await Promise.all(services.map((service) => service.stop()));
      await admin?.disconnect();
      await kafka?.destroy();
    }, 90_000);

    it('each create the topics they need and become ready, none dies, and a case opened at once reaches their consumers', async () => {
      expect(await admin.listTopics()).toEqual([]); // really nothing there
      const env = { KAFKA_BROKERS: kafka.brokers.join(','), LOG_LEVEL: 'warn' };
      services = await Promise.all(
        consumers.map((service) =>
          startServiceProcess(service, `yhdessa_test_first_start_${service.name.replace(/-/g, '_')}`, env),
        ),
      );
      await Promise.all(services.map((service) => service.ready(90_000)));
      expect(services.filter((service) => service.exitCode() !== null).map((service) => service.name)).toEqual([]);
      expect(await admin.listTopics()).toEqual(expect.arrayContaining(Object.values(topics)));

      const worker = await fetchToken('sari.virtanen');
      const caseCoordination = services.find((service) => service.name === 'case-coordination')!;
      const opened = await caseCoordination.call('POST', '/cases', worker, {
        origin: 'child-welfare-notification',
        receivedAt: new Date().toISOString(),
        language: 'fi',
        child: { name: 'First Start Child', dateOfBirth: '2016-02-02' },
        notification: { channel: 'school', content: 'Worried about the child.' },
      });
      expect(opened.status).toBe(201);
      await expectEventually(
        async () => {
          const timeline = (await caseCoordination.call('GET', `/cases/${opened.body.id}/timeline`, worker)).body as Array<{
            event: string;
          }>;
          expect(timeline.map((entry) => entry.event)).toEqual(
            expect.arrayContaining([expect.stringMatching(/^CaseOpened\./), 'CareTeamMemberAdded.v1']),
          );
        },
        30_000,
        200,
      );
      for (const service of services.filter((candidate) => candidate !== caseCoordination)) {
        await expectEventually(
          async () =>
            expect(await service.query('SELECT user_id FROM care_team_member WHERE case_id = $1', [opened.body.id])).toEqual([
              { user_id: claims(worker).sub },
            ]),
          30_000,
          200,
        );
      }
    }, 300_000);
  });

  describe('tools/platform/create-topics', () => {
    let kafka: ThrowawayKafka;
    let admin: Admin;
    const createTopics = () =>
      run(process.execPath, ['--disable-warning=TimeoutNegativeWarning', 'dist/tools/platform/create-topics.js'], {
        env: {
          ...process.env,
          KAFKA_BROKERS: kafka.brokers.join(','),
          KAFKA_TOPIC_PARTITIONS: '2',
          KAFKA_REPLICATION_FACTOR: '1',
          LOG_LEVEL: 'error',
        },
      });

    beforeAll(async () => {
      kafka = await startThrowawayKafka();
      admin = adminOf(kafka);
      await admin.connect();
    }, 180_000);

    afterAll(async () => {
      await admin?.disconnect();
      await kafka?.destroy();
    }, 60_000);

    it('creates every topic of the platform with the configured partitions and its own settings; run again, it changes nothing', async () => {
      const first = await createTopics();
      const consumers = serviceList().filter((service) => service.databaseVariable !== null); // each has a consumer group and a dead-letter topic
      const expected = [
        ...Object.values(topics),
        caseStateTopic,
        auditCheckpointsTopic,
        auditRecordsTopic,
        ...consumers.map((service) => deadLetterTopic(service.name)),
      ].sort();
      expect((await admin.listTopics()).sort()).toEqual(expected);
      expect(first.stdout).toContain(`${expected.length} created`);

      const { topics: described } = await admin.fetchTopicMetadata({ topics: expected });
      expect(Object.fromEntries(described.map((topic) => [topic.name, topic.partitions.length]))).toEqual(
        Object.fromEntries(expected.map((topic) => [topic, topic === auditCheckpointsTopic ? 1 : 2])),
      );
      const cleanup = await admin.describeConfigs({
        includeSynonyms: false,
        resources: [topics.case, caseStateTopic].map((name) => ({ type: 2, name, configNames: ['cleanup.policy'] })),
      });
      expect(cleanup.resources.map((resource) => [resource.resourceName, resource.configEntries[0]!.configValue])).toEqual([
        [topics.case, 'delete'],
        [caseStateTopic, 'compact'],
      ]);

      const second = await createTopics();
      expect(second.stdout).toContain(`0 created, ${expected.length} already there`);
      expect((await admin.listTopics()).sort()).toEqual(expected);
    }, 120_000);

    it('leaves a misspelt topic uncreated: the broker refuses to create topics on its own', async () => {
      const producer = new Kafka({
        clientId: 'typo-test',
        brokers: kafka.brokers,
        logLevel: logLevel.NOTHING,
        retry: { retries: 1 },
      }).producer({
        allowAutoTopicCreation: true,
      });
      await producer.connect();
      try {
        await expect(producer.send({ topic: 'case.event', messages: [{ key: 'k', value: '{}' }] })).rejects.toThrow();
      } finally {
        await producer.disconnect();
      }
      expect(await admin.listTopics()).not.toContain('case.event');
    }, 60_000);
  });
});
