import { topicDefinition, type TopicDefinition } from '@yhdessa/contracts';
import type { Admin, Kafka } from 'kafkajs';

/** How many partitions and replicas a new topic gets (`KAFKA_TOPIC_PARTITIONS`, `KAFKA_REPLICATION_FACTOR`). */
export interface TopicSettings {
  partitions: number;
  replicationFactor: number;
}

/** The defaults of .env.example: one broker, six partitions per topic. */
export const defaultTopicSettings: TopicSettings = { partitions: 6, replicationFactor: 1 };

/** What `ensureTopics` did: the topics it created, and those that were there already. */
export interface EnsuredTopics {
  created: string[];
  existing: string[];
}

const SERVED_TIMEOUT_MS = 30_000;

/**
 * Creates the topics that don't exist yet, each with its partitions and settings (from the
 * contracts' `topicDefinition` when given by name), and returns once every wanted topic is served.
 * An existing topic is left as it is. Safe to run from several services at once: a topic another
 * one created meanwhile counts as existing, and it too is waited for, since a partition can answer
 * "does not host this topic-partition" for a moment after it was created.
 */
export async function ensureTopics(
  kafka: Kafka,
  wanted: ReadonlyArray<string | TopicDefinition>,
  settings: TopicSettings = defaultTopicSettings,
): Promise<EnsuredTopics> {
  const byTopic = new Map<string, TopicDefinition>();
  for (const entry of wanted) {
    const definition = typeof entry === 'string' ? topicDefinition(entry) : entry;
    byTopic.set(definition.topic, definition);
  }
  const definitions = [...byTopic.values()];
  if (definitions.length === 0) return { created: [], existing: [] };
  const admin = kafka.admin();
  await admin.connect();
  try {
    const present = new Set(await admin.listTopics());
    const missing = definitions.filter((definition) => !present.has(definition.topic));
    if (missing.length > 0) {
      // Resolves false, without creating anything, when another service created them meanwhile.
      await admin.createTopics({
        waitForLeaders: false,
        topics: missing.map((definition) => ({
          topic: definition.topic,
          numPartitions: definition.partitions ?? settings.partitions,
          replicationFactor: settings.replicationFactor,
          configEntries: Object.entries(definition.config).map(([name, value]) => ({ name, value })),
        })),
      });
    }
    await waitUntilServed(
      admin,
      definitions.map((definition) => definition.topic),
    );
    return {
      created: missing.map((definition) => definition.topic),
      existing: definitions.filter((definition) => present.has(definition.topic)).map((definition) => definition.topic),
    };
  } finally {
    await admin.disconnect();
  }
}

/** Until every partition of every topic answers for its offsets at its leader. */
async function waitUntilServed(admin: Admin, topics: string[]): Promise<void> {
  const deadline = Date.now() + SERVED_TIMEOUT_MS;
  let waiting = topics;
  while (waiting.length > 0) {
    const answers = await Promise.all(
      waiting.map((topic) =>
        admin.fetchTopicOffsets(topic).then(
          () => null,
          () => topic,
        ),
      ),
    );
    waiting = answers.filter((topic): topic is string => topic !== null);
    if (waiting.length === 0) return;
    if (Date.now() > deadline) throw new Error(`Kafka does not serve these topics yet: ${waiting.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
