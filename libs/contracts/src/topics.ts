/** One topic per publishing service; consumers subscribe to the topics they need. */
export const topics = {
  case: 'case.events',
  assessment: 'assessment.events',
  plan: 'plan.events',
  booking: 'booking.events',
} as const;

export type Topic = (typeof topics)[keyof typeof topics];

/** Poison messages of one consumer group go to their own dead-letter topic, with the error in headers. */
export function deadLetterTopic(consumerGroup: string): string {
  return `${consumerGroup}.dlq`;
}

/**
 * Where every service anchors the heads of its audit chains (libs/audit's AuditCheckpointer), for
 * `./yhdessa audit verify`. Written only by the services; compacted, keyed by database and chain.
 */
export const auditCheckpointsTopic = 'audit.checkpoints';

/**
 * The whole current care team and consents of each case, written by case-coordination with every
 * change to either and keyed by case id. Compacted, so a consumer that starts late still learns
 * every case's (docs/late-projections.md).
 */
export const caseStateTopic = 'case.state';

/**
 * Every service's audit records about a case, as `AccessRecorded` events: each record a service
 * writes to its audit log goes to its outbox in the same transaction. case-coordination merges them
 * into each case's access report. Keyed by case id, kept by age like the events topics. Not one of
 * the `*.events` topics: a read is not something that happened on the case, and only the access
 * report listens (a live notice per read would have the web app read again, and so on).
 */
export const auditRecordsTopic = 'audit.records';

/** A topic as it is created: its partitions (fixed, or the installation's setting) and its topic-level settings. */
export interface TopicDefinition {
  topic: string;
  /** Set for a topic whose partition count is part of its design; otherwise `KAFKA_TOPIC_PARTITIONS`. */
  partitions?: number;
  config: Readonly<Record<string, string>>;
}

const DAY_MS = 86_400_000;

/**
 * How each topic is kept. `*.events`, `audit.records` and dead letters are deleted by age (the broker's
 * `log.retention.hours`, a week). `case.state` is compacted: the latest state of every case stays for
 * good, older ones are compacted away within a day, and an erased case's tombstone stays a week (so
 * a consumer up to a week behind still sees the erasure) before compaction removes the key itself.
 */
export function topicDefinition(topic: string): TopicDefinition {
  switch (topic) {
    case caseStateTopic:
      return {
        topic,
        config: {
          'cleanup.policy': 'compact',
          'max.compaction.lag.ms': String(DAY_MS),
          'delete.retention.ms': String(7 * DAY_MS),
        },
      };
    case auditCheckpointsTopic:
      return { topic, partitions: 1, config: { 'cleanup.policy': 'compact' } };
    default:
      return { topic, config: { 'cleanup.policy': 'delete' } };
  }
}

/**
 * Every topic the platform needs, from this one place: the events topics, the case states, the audit
 * checkpoints, the audit records and the dead-letter topic of each consumer group (the services'
 * names, from tools/platform/services.json). `tools/platform/create-topics` creates them before any
 * service starts; each service ensures its own again at start.
 */
export function platformTopics(consumerGroups: readonly string[]): TopicDefinition[] {
  return [
    ...Object.values(topics),
    caseStateTopic,
    auditCheckpointsTopic,
    auditRecordsTopic,
    ...consumerGroups.map(deadLetterTopic),
  ].map(topicDefinition);
}
