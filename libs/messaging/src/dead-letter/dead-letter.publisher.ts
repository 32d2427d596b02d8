import { Inject, Injectable } from '@nestjs/common';
import { deadLetterTopic } from '@yhdessa/contracts';
import type { IHeaders } from 'kafkajs';
import type { InboundRecord } from '../inbox/inbound-record.js';
import { SharedProducer } from '../kafka/shared-producer.js';
import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging.options.js';

export interface DeadLetter extends InboundRecord {
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
          key: letter.message.key,
          value: letter.message.value,
          headers: {
            ...(letter.message.headers as IHeaders | undefined),
            [DLQ_HEADERS.reason]: letter.reason.slice(0, 1_000),
            [DLQ_HEADERS.errorType]: letter.errorType,
            [DLQ_HEADERS.originalTopic]: letter.topic,
            [DLQ_HEADERS.originalPartition]: String(letter.partition),
            [DLQ_HEADERS.originalOffset]: letter.message.offset,
            [DLQ_HEADERS.consumerGroup]: this.options.consumerGroup,
            [DLQ_HEADERS.attempts]: String(letter.attempts),
            [DLQ_HEADERS.failedAt]: new Date().toISOString(),
          },
        },
      ],
    });
  }
}
