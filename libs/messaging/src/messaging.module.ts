import { Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Clock } from '@yhdessa/platform';
import { DeadLetterPublisher } from './dead-letter/dead-letter.publisher.js';
import { EventHandlerRegistry } from './inbox/event-handler.registry.js';
import { InboxProcessor } from './inbox/inbox-processor.js';
import { MessagingReadiness } from './kafka/messaging-readiness.js';
import { SharedProducer } from './kafka/shared-producer.js';
import { TopicProvisioner } from './kafka/topic-provisioner.js';
import { MESSAGING_OPTIONS, type MessagingOptions } from './messaging.options.js';
import { EventPublisher } from './outbox/event-publisher.js';
import { OutboxRelay } from './relay/outbox-relay.js';

/**
 * Outbox, relay, inbox and dead letters for one service. Needs the service's TypeORM DataSource.
 * The Kafka consumer is not part of the module: `createServiceApp` attaches an `InboxKafkaServer`
 * (when the service subscribes to something), which hands each partition's batch to
 * `InboxProcessor.processBatch()`; the handlers are the service's `@HandlesEvent` methods.
 */
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        Clock,
        TopicProvisioner,
        MessagingReadiness,
        SharedProducer,
        EventPublisher,
        OutboxRelay,
        EventHandlerRegistry,
        DeadLetterPublisher,
        InboxProcessor,
      ],
      exports: [
        EventPublisher,
        InboxProcessor,
        OutboxRelay,
        SharedProducer,
        TopicProvisioner,
        MessagingReadiness,
        MESSAGING_OPTIONS,
      ],
    };
  }
}
