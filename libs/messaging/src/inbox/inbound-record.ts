import type { KafkaMessage } from 'kafkajs';

/** One consumed Kafka record, as the inbox sees it. */
export interface InboundRecord {
  topic: string;
  partition: number;
  message: KafkaMessage;
}

/** Thrown to Kafka when an event must come again later: the offset stays uncommitted. No client data. */
export class RetryLaterError extends Error {
  constructor(record: InboundRecord, why: string) {
    super(`${record.topic}/${record.partition}@${record.message.offset}: ${why}; not committed, will be redelivered`);
    this.name = 'RetryLaterError';
  }
}
