import { Transport, type MicroserviceOptions } from '@nestjs/microservices';
import type { MessagingOptions } from '../messaging.options.js';

/**
 * The Nest Kafka transport, set up for at-least-once delivery into the inbox: records arrive as raw
 * bytes (the inbox decodes and validates them), offsets are committed only for handled messages,
 * partitions are consumed in parallel while order within a partition (one case) is kept.
 */
export function kafkaMicroserviceOptions(options: MessagingOptions): MicroserviceOptions {
  return {
    transport: Transport.KAFKA,
    options: {
      postfixId: '',
      client: {
        clientId: `${options.service}-consumer`,
        brokers: options.brokers,
        retry: { initialRetryTime: 200, retries: 10, maxRetryTime: 5_000 },
      },
      consumer: {
        groupId: options.consumerGroup,
        allowAutoTopicCreation: true,
        sessionTimeout: 15_000,
        heartbeatInterval: 2_000,
        maxWaitTimeInMs: 200,
        retry: { initialRetryTime: 300, retries: 8, maxRetryTime: 5_000, restartOnFailure: async () => true },
      },
      subscribe: { fromBeginning: options.fromBeginning ?? true },
      run: { autoCommit: true, partitionsConsumedConcurrently: 3 },
      parser: { keepBinary: true },
    },
  } as MicroserviceOptions;
}
