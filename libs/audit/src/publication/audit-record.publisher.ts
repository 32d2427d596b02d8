import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { auditRecordsTopic } from '@yhdessa/contracts';
import {
  createKafka,
  ensureTopics,
  EventPublisher,
  MESSAGING_OPTIONS,
  retryUntil,
  selfRetrying,
  type MessagingOptions,
  type OutboxEvent,
} from '@yhdessa/messaging';
import type { EntityManager } from 'typeorm';
import type { AuditRecord } from '../record/audit-record.model.js';
import { accessRecordedEvent } from './access-recorded.mapper.js';

/** A record just written, with the name its actor signed in under (not part of the stored record). */
export interface WrittenAuditRecord {
  record: AuditRecord;
  actorDisplayName: string | null;
}

/**
 * Publishes every audit record about a case as `AccessRecorded` on `audit.records`, through the
 * service's outbox in the transaction that writes the record: the record and its event commit or roll
 * back together, the relay sends what committed, and a re-send carries the same record id, which the
 * access report takes once. Records about no single case are not published.
 *
 * The topic is created before any service starts (`tools/platform/create-topics`); as for its other
 * topics, the service also makes sure of it at start, in the background (the relay retries its sends
 * until the topic is there).
 */
@Injectable()
export class AuditRecordPublisher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly stopping = new AbortController();
  private ensuring?: Promise<unknown>;

  constructor(
    private readonly events: EventPublisher,
    @Inject(MESSAGING_OPTIONS) private readonly messaging: MessagingOptions,
  ) {}

  async publish(written: readonly WrittenAuditRecord[], manager: EntityManager): Promise<void> {
    const events = written.flatMap(({ record, actorDisplayName }) => accessRecordedEvent(record, actorDisplayName) ?? []);
    if (events.length > 0) await this.events.appendAll(manager, events satisfies OutboxEvent[]);
  }

  onApplicationBootstrap(): void {
    const kafka = createKafka(`${this.messaging.service}-audit-records`, this.messaging.brokers, selfRetrying);
    this.ensuring = retryUntil(
      `kafka topic ${auditRecordsTopic}`,
      () => ensureTopics(kafka, [auditRecordsTopic], this.messaging.topicSettings),
      this.stopping.signal,
    ).catch(() => undefined); // only a stop ends it early
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await this.ensuring;
  }
}
