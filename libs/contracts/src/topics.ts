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
