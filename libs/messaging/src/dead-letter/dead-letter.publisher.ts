import { Inject, Injectable } from '@nestjs/common';
import { deadLetterTopic } from '@yhdessa/contracts';
import type { IHeaders } from 'kafkajs';
import { SharedProducer } from '../kafka/shared-producer.js';
import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging.options.js';

export interface DeadLetter {
  topic: string;
  partition: number;
  offset: string;
  key: Buffer | string | null;
  value: Buffer | string | null;
  headers: IHeaders;
  reason: string;
  errorType: string;
  attempts: number;
}

export const DLQ_HEADERS = {
  reason: 'x-dlq-reason',
  errorType: 'x-dlq-error-type',
  originalTopic: 'x-dlq-original-topic',
  originalPartition: 'x-dlq-original-partition',
  originalOffset: 'x-dlq-original-offset',
  consumerGroup: 'x-dlq-consumer-group',
  attempts: 'x-dlq-attempts',
  failedAt: 'x-dlq-failed-at',
} as const;

/** Parks a message that can never be handled on the group's dead-letter topic, with the error. */
@Injectable()
export class DeadLetterPublisher {
  constructor(
    private readonly producer: SharedProducer,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  async send(letter: DeadLetter): Promise<void> {
    const producer = await this.producer.get();
    await producer.send({
      topic: deadLetterTopic(this.options.consumerGroup),
      acks: -1,
      messages: [
        {
          key: letter.key,
          value: letter.value,
          headers: {
            ...letter.headers,
            [DLQ_HEADERS.reason]: letter.reason.slice(0, 1_000),
            [DLQ_HEADERS.errorType]: letter.errorType,
            [DLQ_HEADERS.originalTopic]: letter.topic,
            [DLQ_HEADERS.originalPartition]: String(letter.partition),
            [DLQ_HEADERS.originalOffset]: letter.offset,
            [DLQ_HEADERS.consumerGroup]: this.options.consumerGroup,
            [DLQ_HEADERS.attempts]: String(letter.attempts),
            [DLQ_HEADERS.failedAt]: new Date().toISOString(),
          },
        },
      ],
    });
  }
}
