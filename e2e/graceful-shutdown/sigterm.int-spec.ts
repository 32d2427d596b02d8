import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { messagingMigrations, EventPublisher } from '@yhdessa/messaging';
import { newId } from '@yhdessa/platform';
import { migrateDatabase } from '@yhdessa/runtime';
import { systemActor, topics } from '@yhdessa/contracts';
import { expectEventually, startMessagingApp, testServers, type MessagingTestApp } from '@yhdessa/testing';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { DataSource } from 'typeorm';
import { loadAssessmentConfig } from '../../services/assessment/src/assessment.config.js';
import { assessmentMigrations } from '../../services/assessment/src/migrations/index.js';

const DATABASE = 'yhdessa_test_sigterm';
const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/**
 * A service stopped with SIGTERM in the middle of a stream finishes the batch in hand, commits the
 * offsets of exactly the work it did, and exits 0; started again, it picks up where it stopped.
 */
describe('assessment stopped with SIGTERM during a stream', () => {
  const group = `assessment-sigterm-${newId()}`;
  let producer: MessagingTestApp;
  let consumerDb: DataSource;
  let admin: Admin;
  let port: number;
  const children: ChildProcess[] = [];

  const startAssessment = () => {
    const child = spawn(process.execPath, ['dist/services/assessment/src/main.js'], {
      env: {
        ...process.env,
        ASSESSMENT_DB: DATABASE,
        ASSESSMENT_PORT: String(port),
        KAFKA_GROUP_ID: group,
        KAFKA_FROM_BEGINNING: 'false',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(child);
    return child;
  };
  const ready = () =>
    expectEventually(async () => expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200), 60_000, 250);
  const inboxCount = async (): Promise<number> =>
    (await consumerDb.query('SELECT count(*)::int AS n FROM inbox WHERE consumer_group = $1', [group]))[0].n;
  /** Committed offsets by partition; -1 where the group has committed nothing yet. */
  const committed = async (): Promise<number[]> => {
    const [topic] = await admin.fetchOffsets({ groupId: group, topics: [topics.case] });
    return topic!.partitions.sort((a, b) => a.partition - b.partition).map((entry) => Number(entry.offset));
  };
  const ends = async (): Promise<number[]> =>
    (await admin.fetchTopicOffsets(topics.case)).sort((a, b) => a.partition - b.partition).map((entry) => Number(entry.offset));

  async function addMembers(count: number): Promise<string[]> {
    const caseIds = Array.from({ length: count }, () => newId());
    const publisher = producer.app.get(EventPublisher);
    await producer.dataSource.transaction(async (manager) => {
      for (const caseId of caseIds) {
        await publisher.append(
          manager,
          'CareTeamMemberAdded.v1',
          caseId,
          {
            memberId: newId(),
            userId: 'teacher-1',
            displayName: 'Test Teacher',
            agency: 'school',
            participantKind: 'professional',
            roleInCase: 'class teacher',
            since: '2026-11-23',
            until: null,
          },
          systemActor('sigterm-test'),
        );
      }
    });
    return caseIds;
  }

  beforeAll(async () => {
    port = await freePort();
    const config = loadAssessmentConfig({ ...process.env, ASSESSMENT_DB: DATABASE, ASSESSMENT_PORT: String(port) });
    await migrateDatabase(config, DATABASE, assessmentMigrations);
    const servers = testServers();
    consumerDb = new DataSource({
      type: 'postgres',
      host: servers.pg.host,
      port: servers.pg.port,
      username: servers.pg.user,
      password: servers.pg.password,
      database: DATABASE,
    });
    await consumerDb.initialize();
    admin = new Kafka({ clientId: 'sigterm-test', brokers: servers.kafkaBrokers, logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    producer = await startMessagingApp({
      database: 'yhdessa_test_sigterm_publisher',
      migrations: messagingMigrations,
      publishesTo: [topics.case],
    });
  }, 90_000);

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await producer?.close();
    await admin?.disconnect();
    await consumerDb?.destroy();
  });

  it('commits what it handled, exits 0, and the next start takes over without loss', async () => {
    const first = startAssessment();
    await ready();
    // Live once a sentinel takes effect; then wait until every offset so far is committed.
    await expectEventually(
      async () => {
        await addMembers(1);
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(await inboxCount()).toBeGreaterThan(0);
      },
      60_000,
      0,
    );
    // Caught up: every partition the group has consumed is committed up to its end. A partition it
    // has not consumed yet starts, for a group that reads only new events, at its end.
    const startOffsets = await expectEventually(
      async () => {
        const [done, end] = [await committed(), await ends()];
        expect(done.map((offset, partition) => (offset < 0 ? end[partition] : offset))).toEqual(end);
        return end;
      },
      30_000,
      200,
    );
    const handledBefore = await inboxCount();

    const caseIds: string[] = [];
    let streaming = true;
    const stream = (async () => {
      while (streaming) {
        caseIds.push(...(await addMembers(50)));
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    await expectEventually(async () => expect(await inboxCount()).toBeGreaterThan(handledBefore + 300), 60_000, 50);
    first.kill('SIGTERM');
    const [exitCode] = await once(first, 'exit');
    streaming = false;
    await stream;

    expect(exitCode).toBe(0);
    const handledByFirst = (await inboxCount()) - handledBefore;
    const committedByFirst = (await committed()).reduce(
      (sum, offset, partition) => sum + (offset < 0 ? 0 : offset - startOffsets[partition]!),
      0,
    );
    expect(committedByFirst).toBe(handledByFirst); // every handled event committed, nothing committed unhandled
    expect(handledByFirst).toBeLessThan(caseIds.length); // it really stopped mid-stream

    const second = startAssessment();
    await ready();
    await expectEventually(
      async () => {
        const [{ n }] = await consumerDb.query(
          'SELECT count(DISTINCT case_id)::int AS n FROM care_team_member WHERE case_id = ANY($1::uuid[])',
          [caseIds],
        );
        expect(n).toBe(caseIds.length);
      },
      60_000,
      250,
    );
    expect((await inboxCount()) - handledBefore).toBe(caseIds.length);
    second.kill('SIGTERM');
    const [secondExit] = await once(second, 'exit');
    expect(secondExit).toBe(0);
  }, 240_000);
});
