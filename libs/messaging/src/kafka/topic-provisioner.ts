import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { deadLetterTopic } from '@yhdessa/contracts';
import { logger } from '@yhdessa/platform';
import type { Kafka } from 'kafkajs';
import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging.options.js';
import { defaultTopicSettings, ensureTopics } from './ensure-topics.js';
import { createKafka, selfRetrying } from './kafka-client.factory.js';
import { retryUntil } from './retry-until.js';

/** The topics a service needs: those it publishes and consumes, and its group's dead letters when it consumes. */
export function serviceTopics(options: MessagingOptions): string[] {
  const deadLetters = options.subscribesTo.length > 0 ? [deadLetterTopic(options.consumerGroup)] : [];
  return [...new Set([...options.publishesTo, ...(options.publishesStateTo ?? []), ...options.subscribesTo, ...deadLetters])];
}

/**
 * Makes sure the service's topics exist before it uses them, in the background from its start:
 * while Kafka is away, or a topic is still being created, it waits and tries again with one log line
 * per attempt, and the service meanwhile answers and reports not ready. The consumer starts once the
 * topics are there; the relay and dead letters just retry their sends until then.
 */
@Injectable()
export class TopicProvisioner implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  readonly topics: string[];
  private readonly kafka: Kafka;
  private readonly stopping = new AbortController();
  private provisioning?: Promise<void>;
  private provisioned = false;

  constructor(@Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions) {
    this.topics = serviceTopics(options);
    this.kafka = createKafka(`${options.service}-topics`, options.brokers, selfRetrying);
  }

  onApplicationBootstrap(): void {
    this.ready().catch(() => undefined); // only a stop ends it early, and then nobody waits
  }

  /** Resolves once every topic of the service is served; rejects only when the service stops first. */
  ready(): Promise<void> {
    this.provisioning ??= retryUntil(
      'kafka topics',
      () => ensureTopics(this.kafka, this.topics, this.options.topicSettings ?? defaultTopicSettings),
      this.stopping.signal,
    ).then(({ created }) => {
      this.provisioned = true;
      logger().info({ topics: this.topics.length, created }, 'kafka topics ready');
    });
    return this.provisioning;
  }

  /** Whether the topics are known to be there (for readiness). */
  get isProvisioned(): boolean {
    return this.provisioned;
  }

  beforeApplicationShutdown(): void {
    this.stopping.abort();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await this.provisioning?.catch(() => undefined);
  }
}
