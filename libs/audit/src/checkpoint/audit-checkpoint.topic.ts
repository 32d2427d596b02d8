import { auditCheckpointsTopic } from '@yhdessa/contracts';
import type { Kafka } from 'kafkajs';

/**
 * `audit.checkpoints` is compacted: Kafka keeps at least the latest checkpoint of every chain (one
 * key per database and chain) for as long as the topic exists, where time-based retention would
 * forget the anchors of chains that have not moved for a while.
 */
export const auditCheckpointTopicConfig = { 'cleanup.policy': 'compact' } as const;

/** Creates the checkpoint topic if it does not exist yet (an existing topic is left as it is). */
export async function ensureAuditCheckpointTopic(kafka: Kafka): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    if ((await admin.listTopics()).includes(auditCheckpointsTopic)) return;
    // Resolves false when another service created it meanwhile.
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        {
          topic: auditCheckpointsTopic,
          numPartitions: 1,
          configEntries: Object.entries(auditCheckpointTopicConfig).map(([name, value]) => ({ name, value })),
        },
      ],
    });
  } finally {
    await admin.disconnect();
  }
}
