import { ServerKafka } from '@nestjs/microservices';
import type { Consumer } from 'kafkajs';
import type { InboxProcessor } from '../inbox/inbox-processor.js';
import type { MessagingOptions } from '../messaging.options.js';
import { kafkaLogCreator, kafkaRetry } from './kafka-client.factory.js';
import type { MessagingReadiness } from './messaging-readiness.js';
import { retryUntil } from './retry-until.js';
import { restoreTombstoneEnvelopes } from './tombstone.js';

/**
 * The Nest Kafka transport with batches handed to the inbox: a partition's records are handled in
 * order, a chunk per transaction, and an offset is resolved only once its work has committed.
 * Nest's per-message path would answer each event with its own transaction (and its own WAL flush),
 * and its RPC exception filter logs raw handler errors, which may carry client data; neither is used.
 * Handlers are the service's `@HandlesEvent` methods; the topics are `subscribesTo`.
 *
 * The consumer starts in the background: `listen` answers at once, so the service serves (and says
 * not ready) while Kafka is away or its topics are being created; it joins its group once the topics
 * are there, trying again with a log line per attempt, and never takes the process down.
 */
export class InboxKafkaServer extends ServerKafka {
  private readonly stopping = new AbortController();
  private starting?: Promise<void>;

  constructor(
    private readonly inbox: InboxProcessor,
    private readonly messaging: MessagingOptions,
    private readonly readiness: MessagingReadiness,
  ) {
    super({
      postfixId: '',
      client: {
        clientId: `${messaging.service}-consumer`,
        brokers: messaging.brokers,
        logCreator: kafkaLogCreator,
        retry: kafkaRetry,
      },
      consumer: {
        groupId: messaging.consumerGroup,
        // Topics are created on purpose, never by subscribing (tools/platform/create-topics, TopicProvisioner).
        allowAutoTopicCreation: false,
        sessionTimeout: 15_000,
        heartbeatInterval: 2_000,
        maxWaitTimeInMs: 100,
        retry: { initialRetryTime: 300, retries: 8, maxRetryTime: 5_000, restartOnFailure: async () => true },
      },
    });
  }

  override async listen(callback: (error?: unknown) => void): Promise<void> {
    this.readiness.consumerStarting();
    this.starting = retryUntil('kafka consumer', () => this.startOnce(), this.stopping.signal).then(
      () => this.readiness.consumerRunning(),
      () => undefined, // stopped before it could start
    );
    callback();
  }

  override async bindEvents(consumer: Consumer): Promise<void> {
    await consumer.subscribe({ topics: this.messaging.subscribesTo, fromBeginning: this.messaging.fromBeginning ?? true });
    await consumer.run({
      autoCommit: true,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: 3,
      eachBatch: (payload) => {
        restoreTombstoneEnvelopes(payload.batch.messages);
        return this.inbox.processBatch(payload);
      },
    });
  }

  /** Stops trying to start, or stops the running consumer after the batch in hand. */
  override async close(): Promise<void> {
    this.stopping.abort();
    await this.starting;
    await super.close();
  }

  /** One attempt: the topics, then a consumer that connects, subscribes and joins its group. */
  private async startOnce(): Promise<void> {
    await this.readiness.topics.ready();
    const client = this.client ?? (this.client = await this.createClient<NonNullable<typeof this.client>>());
    const consumer = client.consumer({ ...this.options.consumer, groupId: this.groupId });
    this.consumer = consumer;
    this.registerConsumerEventListeners();
    try {
      await consumer.connect();
      await this.bindEvents(consumer as unknown as Consumer);
    } catch (error) {
      this.consumer = null;
      await consumer.disconnect().catch(() => undefined);
      throw error;
    }
  }
}
