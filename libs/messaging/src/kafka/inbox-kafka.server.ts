import { ServerKafka } from '@nestjs/microservices';
import type { Consumer, Kafka } from 'kafkajs';
import { ensureTopics } from './kafka-client.factory.js';
import type { InboxProcessor } from '../inbox/inbox-processor.js';
import type { MessagingOptions } from '../messaging.options.js';

/**
 * The Nest Kafka transport with batches handed to the inbox: a partition's records are handled in
 * order, a chunk per transaction, and an offset is resolved only once its work has committed.
 * Nest's per-message path would answer each event with its own transaction (and its own WAL flush),
 * and its RPC exception filter logs raw handler errors, which may carry client data; neither is used.
 * Handlers are the service's `@HandlesEvent` methods; the topics are `subscribesTo`.
 */
export class InboxKafkaServer extends ServerKafka {
  constructor(
    private readonly inbox: InboxProcessor,
    private readonly messaging: MessagingOptions,
  ) {
    super({
      postfixId: '',
      client: {
        clientId: `${messaging.service}-consumer`,
        brokers: messaging.brokers,
        retry: { initialRetryTime: 200, retries: 10, maxRetryTime: 5_000 },
      },
      consumer: {
        groupId: messaging.consumerGroup,
        allowAutoTopicCreation: true,
        sessionTimeout: 15_000,
        heartbeatInterval: 2_000,
        maxWaitTimeInMs: 100,
        retry: { initialRetryTime: 300, retries: 8, maxRetryTime: 5_000, restartOnFailure: async () => true },
      },
    });
  }

  override async bindEvents(consumer: Consumer): Promise<void> {
    // A topic nobody has published to yet must exist before a group can subscribe to it.
    await ensureTopics(this.client as unknown as Kafka, this.messaging.subscribesTo);
    await consumer.subscribe({ topics: this.messaging.subscribesTo, fromBeginning: this.messaging.fromBeginning ?? true });
    await consumer.run({
      autoCommit: true,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: 3,
      eachBatch: (payload) => this.inbox.processBatch(payload),
    });
  }
}
