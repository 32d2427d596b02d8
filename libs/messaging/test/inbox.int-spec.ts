import { deadLetterTopic, topics } from '@yhdessa/contracts';
import { expectEventually, testServers } from '@yhdessa/testing';
import { Kafka, logLevel, type Consumer, type IHeaders } from 'kafkajs';
import { DLQ_HEADERS } from '../src/dead-letter/dead-letter.publisher.js';
import { actor, caseOpened, newCaseIds, openCases } from './fixtures/case-opened.js';
import { startMessagingPair, type MessagingPair } from './fixtures/messaging-pair.js';
import { failures } from './fixtures/recorded-effects.js';

const kafka = new Kafka({ clientId: 'inbox-test', brokers: testServers().kafkaBrokers, logLevel: logLevel.NOTHING });
const header = (headers: IHeaders | undefined, name: string) => headers?.[name]?.toString();

interface DeadLetterRead {
  key?: string;
  value?: string;
  headers?: IHeaders;
}

describe('inbox: exactly once in effect, poison to the dead-letter topic, nothing committed that did not happen', () => {
  let pair: MessagingPair;
  const producer = kafka.producer();
  const admin = kafka.admin();
  const dlqReaders: Consumer[] = [];

  beforeAll(async () => {
    pair = await startMessagingPair({
      consumerMessaging: { retry: { permanentAttempts: 2, transientAttempts: 2, initialBackoffMs: 20, maxBackoffMs: 50 } },
    });
    await producer.connect();
    await admin.connect();
  }, 90_000);

  afterAll(async () => {
    await Promise.all(dlqReaders.map((reader) => reader.disconnect()));
    await producer.disconnect();
    await admin.disconnect();
    await pair?.close();
  });

  /**
   * Every dead letter of the consumer's group written so far: reads the dead-letter topic up to the
   * end each partition has now (a letter written before this call is never missed).
   */
  async function readDeadLetters(): Promise<DeadLetterRead[]> {
    const topic = deadLetterTopic(pair.consumer.options.consumerGroup);
    if (!(await admin.listTopics()).includes(topic)) return []; // the first dead letter creates it
    const ends = await admin.fetchTopicOffsets(topic);
    const unread = new Map(
      ends.filter((end) => Number(end.high) > Number(end.low)).map((end) => [end.partition, Number(end.high)]),
    );
    const letters: DeadLetterRead[] = [];
    if (unread.size === 0) return letters;
    const reader = kafka.consumer({ groupId: `dlq-reader-${Date.now()}-${Math.random()}`, maxWaitTimeInMs: 100 });
    dlqReaders.push(reader);
    await reader.connect();
    await reader.subscribe({ topic, fromBeginning: true });
    await reader.run({
      eachMessage: async ({ partition, message }) => {
        letters.push({ key: message.key?.toString(), value: message.value?.toString(), headers: message.headers });
        if (Number(message.offset) + 1 >= (unread.get(partition) ?? 0)) unread.delete(partition);
      },
    });
    await expectEventually(() => expect([...unread.keys()]).toEqual([]), 30_000);
    await reader.stop();
    return letters;
  }

  /** Waits until each of these cases has its dead letter. */
  async function deadLettersFor(caseIds: string[]): Promise<DeadLetterRead[]> {
    return expectEventually(
      async () => {
        const letters = (await readDeadLetters()).filter((letter) => caseIds.includes(letter.key ?? ''));
        expect(letters.map((letter) => letter.key).sort()).toEqual([...caseIds].sort());
        return letters;
      },
      30_000,
      500,
    );
  }

  it('carries committed events from one service to another, each taking effect once', async () => {
    const caseIds = newCaseIds(25);
    await openCases(pair.producer.dataSource, pair.publisher, caseIds);

    const effects = await expectEventually(async () => {
      const seen = await pair.effectsFor(caseIds);
      expect(seen.size).toBe(25);
      return seen;
    }, 20_000);
    expect([...effects.values()].every((count) => count === 1)).toBe(true);
    const [{ unpublished }] = await pair.producer.dataSource.query(
      'SELECT count(*)::int AS unpublished FROM outbox WHERE published_at IS NULL AND message_key = ANY($1)',
      [caseIds],
    );
    expect(unpublished).toBe(0);
  });

  it('never publishes an event whose transaction rolled back, nor leaves a gap for it, and refuses one outside a transaction', async () => {
    const [caseId] = newCaseIds(1);
    await expect(
      pair.producer.dataSource.transaction(async (manager) => {
        await pair.publisher.append(manager, 'CaseOpened.v1', caseId!, caseOpened('sv'), actor);
        throw new Error('the command failed after appending its event');
      }),
    ).rejects.toThrow('the command failed');
    await expect(
      pair.publisher.append(pair.producer.dataSource.manager, 'CaseOpened.v1', caseId!, caseOpened('sv'), actor),
    ).rejects.toThrow('inside the transaction');
    await openCases(pair.producer.dataSource, pair.publisher, [caseId!]);

    // One case, one partition, handled in order: had the rolled-back event ('sv') left, it would have taken effect first.
    await expectEventually(async () => expect(await languagesHandledFor(caseId!)).toEqual(['fi']), 20_000);
    const rows: Array<{ envelope: { sequence: number } }> = await pair.producer.dataSource.query(
      'SELECT envelope FROM outbox WHERE message_key = $1',
      [caseId],
    );
    expect(rows.map((row) => row.envelope.sequence)).toEqual([1]);
  });

  it('changes nothing when Kafka delivers the same event again', async () => {
    const [caseId] = newCaseIds(1);
    await openCases(pair.producer.dataSource, pair.publisher, [caseId!]);
    await expectEventually(async () => expect((await pair.effectsFor([caseId!])).get(caseId!)).toBe(1), 20_000);

    const [{ envelope }] = await pair.producer.dataSource.query('SELECT envelope FROM outbox WHERE message_key = $1', [caseId]);
    const duplicatesBefore = pair.inbox.stats.duplicate;
    await producer.send({ topic: topics.case, messages: [{ key: caseId, value: JSON.stringify(envelope) }] });

    await expectEventually(() => expect(pair.inbox.stats.duplicate).toBe(duplicatesBefore + 1), 20_000);
    expect((await pair.effectsFor([caseId!])).get(caseId!)).toBe(1);
  });

  it('dead-letters poison with its error and goes on with the next event', async () => {
    const [poisonCase, invalidCase, laterCase] = newCaseIds(3);
    const [{ envelope }] = await pair.producer.dataSource.query('SELECT envelope FROM outbox ORDER BY seq DESC LIMIT 1');
    const invalid = {
      ...envelope,
      id: envelope.id.replace(/.$/, (c: string) => (c === '0' ? '1' : '0')),
      caseId: invalidCase,
      payload: { ...caseOpened(), language: 'klingon' },
    };
    await producer.send({
      topic: topics.case,
      messages: [
        { key: poisonCase, value: 'this is not an event' },
        { key: invalidCase, value: JSON.stringify(invalid) },
      ],
    });
    await openCases(pair.producer.dataSource, pair.publisher, [laterCase!]);

    await expectEventually(async () => expect((await pair.effectsFor([laterCase!])).get(laterCase!)).toBe(1), 20_000);
    const letters = await deadLettersFor([poisonCase!, invalidCase!]);
    const unreadable = letters.find((letter) => letter.key === poisonCase)!;
    expect(unreadable.value).toBe('this is not an event');
    expect(header(unreadable.headers, DLQ_HEADERS.reason)).toBe('value is not JSON');
    expect(header(unreadable.headers, DLQ_HEADERS.originalTopic)).toBe(topics.case);
    expect(header(unreadable.headers, DLQ_HEADERS.originalOffset)).toMatch(/^\d+$/);
    const badPayload = letters.find((letter) => letter.key === invalidCase)!;
    expect(header(badPayload.headers, DLQ_HEADERS.reason)).toContain('payload invalid: language');
    expect(header(badPayload.headers, DLQ_HEADERS.reason)).not.toContain('klingon');
    expect((await pair.effectsFor([invalidCase!])).size).toBe(0);
  }, 60_000);

  it('dead-letters an event whose handler keeps failing, after its retries', async () => {
    const [failingCase, nextCase] = newCaseIds(2);
    failures.permanentFor.add(failingCase!);
    await openCases(pair.producer.dataSource, pair.publisher, [failingCase!]);
    await openCases(pair.producer.dataSource, pair.publisher, [nextCase!]);

    await expectEventually(async () => expect((await pair.effectsFor([nextCase!])).get(nextCase!)).toBe(1), 20_000);
    const [letter] = await deadLettersFor([failingCase!]);
    expect(header(letter!.headers, DLQ_HEADERS.attempts)).toBe('2');
    expect(header(letter!.headers, DLQ_HEADERS.errorType)).toBe('Error');
    // Once inside its chunk's transaction, then twice on its own before it was parked.
    expect(failures.attempts.get(failingCase!)).toBe(3);
  }, 60_000);

  it('commits no offset while an infrastructure failure keeps an event from taking effect', async () => {
    const [blockedCase] = newCaseIds(1);
    failures.transientFor.add(blockedCase!);
    await openCases(pair.producer.dataSource, pair.publisher, [blockedCase!]);

    // Retried in-process twice, then handed back to Kafka uncommitted, and redelivered: more attempts.
    await expectEventually(() => expect(failures.attempts.get(blockedCase!) ?? 0).toBeGreaterThanOrEqual(4), 60_000, 100);
    const position = pair.inbox.stats.stuckAt!;
    expect(position).not.toBeNull();
    const committed = await committedOffset(position.partition);
    expect(committed).toBeLessThanOrEqual(Number(position.offset));
    expect((await pair.effectsFor([blockedCase!])).size).toBe(0);

    failures.transientFor.delete(blockedCase!);
    await expectEventually(async () => expect((await pair.effectsFor([blockedCase!])).get(blockedCase!)).toBe(1), 60_000);
    await expectEventually(
      async () => expect(await committedOffset(position.partition)).toBeGreaterThan(Number(position.offset)),
      30_000,
    );
    // Its offset is committed, so a dead letter for it would already be written: read them all.
    const letters = await readDeadLetters();
    expect(letters.filter((letter) => letter.key === blockedCase)).toEqual([]);
  }, 120_000);

  async function languagesHandledFor(caseId: string): Promise<string[]> {
    const rows: Array<{ language: string }> = await pair.consumer.dataSource.query(
      'SELECT language FROM recorded_effect WHERE case_id = $1 ORDER BY received_at',
      [caseId],
    );
    return rows.map((row) => row.language);
  }

  async function committedOffset(partition: number): Promise<number> {
    const [topic] = await admin.fetchOffsets({ groupId: pair.consumer.options.consumerGroup, topics: [topics.case] });
    return Number(topic!.partitions.find((entry) => entry.partition === partition)!.offset);
  }
});
