import type { Message } from 'kafkajs';
import { asTombstoneIfErasure } from '../kafka/tombstone.js';

export const EVENT_NAME_HEADER = 'x-event-name';
export const CORRELATION_ID_HEADER = 'x-correlation-id';

/** The Kafka record for one outbox row: keyed by case (order per case), the envelope as JSON (an erasure: a tombstone). */
export function toKafkaMessage(caseId: string, eventName: string, envelope: Record<string, unknown>): Message {
  return asTombstoneIfErasure(eventName, {
    key: caseId,
    value: JSON.stringify(envelope),
    headers: {
      [EVENT_NAME_HEADER]: eventName,
      [CORRELATION_ID_HEADER]: String(envelope['correlationId'] ?? ''),
    },
  });
}
