import { randomBytes } from 'node:crypto';

/**
 * A new KRaft cluster id: 16 random bytes in base64url, as `kafka-storage random-uuid` makes them,
 * but never starting with `-` (one id in 64 would): the storage tool's argument parser takes such a
 * value for an option and refuses to format.
 */
export function newKafkaClusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}
