import { Injectable } from '@nestjs/common';
import { TopicProvisioner } from './topic-provisioner.js';

/**
 * Where a service's Kafka start stands, for `/health/ready`: are its topics there, and has its
 * consumer (when it consumes) joined its group? Kafka work starts in the background, so a service
 * answers from its first second, and says not ready until then.
 */
@Injectable()
export class MessagingReadiness {
  private consumer: 'none' | 'starting' | 'consuming' = 'none';
  private readonly consumers: Array<() => void> = [];

  constructor(readonly topics: TopicProvisioner) {}

  consumerStarting(): void {
    this.consumer = 'starting';
  }

  consumerRunning(): void {
    this.consumer = 'consuming';
    this.consumers.splice(0).forEach((resolve) => resolve());
  }

  /** What still keeps the service from its Kafka work, in words for the readiness answer; null once nothing does. */
  pending(): string | null {
    if (!this.topics.isProvisioned) return 'its Kafka topics are not there yet';
    if (this.consumer === 'starting') return 'its Kafka consumer has not joined its group yet';
    return null;
  }

  /** Resolves once the consumer has joined its group (at once for a service that consumes nothing). */
  whenConsuming(): Promise<void> {
    if (this.consumer !== 'starting') return Promise.resolve();
    return new Promise((resolve) => this.consumers.push(resolve));
  }
}
