import { auditCheckpointsTopic } from '@yhdessa/contracts';
import { ensureTopics, type TopicSettings } from '@yhdessa/messaging';
import type { Kafka } from 'kafkajs';

/**
 * Creates `audit.checkpoints` if it does not exist yet, as the contracts define it (compacted, one
 * partition: Kafka keeps at least the latest checkpoint of every chain for as long as the topic
 * exists, where time-based retention would forget the anchors of chains that have not moved for a
 * while). `tools/platform/create-topics` creates it before any service starts; this is a service's
 * own check, as for its other topics.
 */
export async function ensureAuditCheckpointTopic(kafka: Kafka, settings?: TopicSettings): Promise<void> {
  await ensureTopics(kafka, [auditCheckpointsTopic], settings);
}
