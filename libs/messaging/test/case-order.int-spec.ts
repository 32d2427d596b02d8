import { expectEventually } from '@yhdessa/testing';
import { OutboxRelay } from '../src/relay/outbox-relay.js';
import { newCaseIds } from './fixtures/case-opened.js';
import {
  committedOrder,
  CreateCommitOrder1767000009200,
  mixedWriters,
  runWriters,
  type CommittedWrite,
} from './fixtures/concurrent-writers.js';
import { startMessagingPair, type MessagingPair } from './fixtures/messaging-pair.js';
import { CreateOrderedEffects1767000009100, handledInOrder, OrderRecordingHandler } from './fixtures/ordered-effects.js';

describe('events of one case reach consumers in the order their writers committed, whoever writes them', () => {
  let pair: MessagingPair;

  beforeAll(async () => {
    pair = await startMessagingPair({
      producerDatabase: 'yhdessa_test_order_publisher',
      // Small batches, so that one case's events leave across many of them.
      producerMessaging: { relayBatchSize: 7 },
      consumerDatabase: 'yhdessa_test_order_subscriber',
      producerMigrations: [CreateCommitOrder1767000009200],
      consumerMigrations: [CreateOrderedEffects1767000009100],
      consumerProviders: [OrderRecordingHandler],
    });
  }, 90_000);

  afterAll(async () => {
    await pair?.close();
  });

  /** Per case: the consumer handled exactly the committed events, in commit order, numbered 1, 2, 3 … */
  async function expectCommitOrder(writes: CommittedWrite[], caseIds: string[]): Promise<void> {
    for (const caseId of caseIds) {
      const committed = committedOrder(writes, caseId);
      expect(committed.length).toBeGreaterThan(5);
      const handled = await expectEventually(
        async () => {
          const seen = await handledInOrder(pair.consumer.dataSource, caseId);
          expect(seen.length).toBeGreaterThanOrEqual(committed.length);
          return seen;
        },
        60_000,
        200,
      );
      const inCommitOrder = committed.map((_, index) => index + 1);
      // Each handled event by its place in commit order (0 for one that never committed).
      expect(handled.map((event) => committed.indexOf(event.eventId) + 1)).toEqual(inCommitOrder);
      // The envelope's sequence: strictly increasing with no gaps, although some writers rolled back.
      expect(handled.map((event) => event.sequence)).toEqual(inCommitOrder);
    }
  }

  it('keeps commit order while concurrent writers append to the same cases, some holding their transaction open', async () => {
    const caseIds = newCaseIds(2) as [string, string];
    const writes = await runWriters(pair.producer.dataSource, pair.publisher, mixedWriters(40, caseIds));

    await expectCommitOrder(writes, caseIds);
  }, 120_000);

  it('keeps commit order when the relay catches up on a backlog written by concurrent writers', async () => {
    const relay = pair.producer.app.get(OutboxRelay);
    const caseIds = newCaseIds(2) as [string, string];
    await relay.stop();
    let writes: CommittedWrite[];
    try {
      writes = await runWriters(pair.producer.dataSource, pair.publisher, mixedWriters(40, caseIds));
    } finally {
      relay.start();
    }

    await expectCommitOrder(writes, caseIds);
  }, 120_000);
});
