import type { TopicSettings } from './kafka/ensure-topics.js';

/** What a service tells the messaging module about itself. */
export interface MessagingOptions {
  /** Used as the Kafka client id and in dead-letter headers. */
  service: string;
  brokers: string[];
  /** The consumer group; also the inbox's key, so two services never share handled-event ids. */
  consumerGroup: string;
  /** Topics this service consumes (its handlers decide which events matter). */
  subscribesTo: string[];
  /** Topics this service publishes to; created at start so the first event has somewhere to go. */
  publishesTo: string[];
  /** Compacted state topics this service writes beside its events (case-coordination: `case.state`); created at start too. */
  publishesStateTo?: string[];
  /** Partitions and replicas of a topic the service creates (default: six partitions, one replica). */
  topicSettings?: TopicSettings;
  /** Whether a new consumer group starts at each topic's beginning (default true). */
  fromBeginning?: boolean;
  /** Run the outbox relay in this process (default true). */
  relay?: boolean;
  retry?: Partial<RetryPolicy>;
  /** Events the relay sends per Kafka request (default 500). */
  relayBatchSize?: number;
}

export interface RetryPolicy {
  /** Attempts for a failure of the handler's own (then dead-lettered). */
  permanentAttempts: number;
  /** Attempts in-process for an infrastructure failure before handing back to Kafka (no commit). */
  transientAttempts: number;
  /** First backoff; doubles each attempt. */
  initialBackoffMs: number;
  maxBackoffMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  permanentAttempts: 3,
  transientAttempts: 5,
  initialBackoffMs: 100,
  maxBackoffMs: 2_000,
};

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');
