import { auditCheckpointsTopic } from '@yhdessa/contracts';
import { newId } from '@yhdessa/platform';
import type { Kafka } from 'kafkajs';
import { AuditCheckpointIndex, decodeAuditCheckpoint } from './audit-checkpoint.domain.js';

export interface AuditCheckpointsRead {
  /** Whether the topic exists at all (it does once any service has checkpointed). */
  topicExists: boolean;
  checkpoints: AuditCheckpointIndex;
  /** Messages on the topic that are not checkpoints (or whose key does not match them). */
  unreadable: number;
}

/**
 * Reads the whole checkpoint topic, from its start to where it ended when the read began, into the
 * latest checkpoint per database and chain. Reads under a consumer group of its own that commits
 * nothing, so no service's position moves.
 */
export async function readAuditCheckpoints(kafka: Kafka, timeoutMs = 60_000): Promise<AuditCheckpointsRead> {
  const checkpoints = new AuditCheckpointIndex();
  const admin = kafka.admin();
  await admin.connect();
  let ends: Map<number, bigint>;
  try {
    if (!(await admin.listTopics()).includes(auditCheckpointsTopic)) return { topicExists: false, checkpoints, unreadable: 0 };
    const offsets = await admin.fetchTopicOffsets(auditCheckpointsTopic);
    ends = new Map(
      offsets
        .filter((partition) => BigInt(partition.high) > BigInt(partition.low))
        .map((partition) => [partition.partition, BigInt(partition.high)]),
    );
  } finally {
    await admin.disconnect();
  }
  if (ends.size === 0) return { topicExists: true, checkpoints, unreadable: 0 };

  let unreadable = 0;
  const consumer = kafka.consumer({ groupId: `audit-verify-${newId()}`, allowAutoTopicCreation: false });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic: auditCheckpointsTopic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${auditCheckpointsTopic} was not read to its end within ${timeoutMs} ms`)),
        timeoutMs,
      );
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      consumer
        .run({
          autoCommit: false,
          eachBatch: async ({ batch }) => {
            for (const message of batch.messages) {
              const checkpoint = decodeAuditCheckpoint(message.key?.toString() ?? null, message.value?.toString() ?? null);
              if (checkpoint) checkpoints.add(checkpoint);
              else if (message.value !== null) unreadable += 1;
            }
            const end = ends.get(batch.partition);
            if (end !== undefined && BigInt(batch.lastOffset()) + 1n >= end) ends.delete(batch.partition);
            if (ends.size === 0) done();
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return { topicExists: true, checkpoints, unreadable };
}
