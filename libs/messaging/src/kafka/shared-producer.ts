import { Inject, Injectable, Optional, type OnApplicationShutdown } from '@nestjs/common';
import type { Kafka, Producer } from 'kafkajs';
import { createKafka } from './kafka-client.factory.js';
import { TopicProvisioner } from './topic-provisioner.js';
import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging.options.js';

/**
 * One idempotent producer per service, for the relay and the dead-letter topic. With one request in
 * flight and idempotence on, Kafka keeps the order in which the relay hands events over. It is handed
 * out once the service's topics exist (when the service has a TopicProvisioner), and never creates one.
 */
@Injectable()
export class SharedProducer implements OnApplicationShutdown {
  readonly kafka: Kafka;
  private producer?: Producer;
  private connecting?: Promise<Producer>;
  private closed = false;

  constructor(
    @Inject(MESSAGING_OPTIONS) options: MessagingOptions,
    @Optional() private readonly topics?: TopicProvisioner,
  ) {
    this.kafka = createKafka(`${options.service}-producer`, options.brokers);
  }

  async get(): Promise<Producer> {
    if (this.closed) throw new Error('the producer is closed: the service is stopping');
    if (this.producer) return this.producer;
    this.connecting ??= (async () => {
      await this.topics?.ready();
      const producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
      await producer.connect();
      this.producer = producer;
      return producer;
    })().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  /** Closes for good; a connect still in flight is waited for and closed too, so no connection outlives the service. */
  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    await this.connecting?.catch(() => undefined);
    await this.producer?.disconnect();
    this.producer = undefined;
  }
}
