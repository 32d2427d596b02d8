import { sentAsTombstone } from '@yhdessa/contracts';
import type { IHeaders, KafkaMessage, Message } from 'kafkajs';

/** Where a tombstone carries its event's envelope, since its value must stay empty. */
export const TOMBSTONE_ENVELOPE_HEADER = 'x-tombstone-envelope';

/**
 * The record of an event the catalog sends as a tombstone (`CaseStateErased`): the same key, a null
 * value, so that compaction removes every earlier record of the key, and the envelope in a header
 * (which the tombstone keeps for the topic's `delete.retention.ms`), so consumers still handle it
 * as an event through their inbox. Any other event's record is returned as it is.
 */
export function asTombstoneIfErasure(eventName: string, message: Message): Message {
  if (!sentAsTombstone(eventName)) return message;
  return { ...message, value: null, headers: { ...message.headers, [TOMBSTONE_ENVELOPE_HEADER]: message.value ?? '' } };
}

/** Gives each consumed tombstone that carries an envelope that envelope as its value, for the inbox. */
export function restoreTombstoneEnvelopes(messages: KafkaMessage[]): void {
  for (const message of messages) {
    if (message.value !== null) continue;
    const envelope = (message.headers as IHeaders | undefined)?.[TOMBSTONE_ENVELOPE_HEADER];
    if (Buffer.isBuffer(envelope) || typeof envelope === 'string') message.value = Buffer.from(envelope);
  }
}
