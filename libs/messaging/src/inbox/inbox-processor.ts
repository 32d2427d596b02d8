import { Inject, Injectable } from '@nestjs/common';
import { logger, runInContext } from '@yhdessa/platform';
import type { EachBatchPayload } from 'kafkajs';
import { DataSource, type EntityManager } from 'typeorm';
import type { Envelope, EventName } from '@yhdessa/contracts';
import { DeadLetterPublisher } from '../dead-letter/dead-letter.publisher.js';
import { defaultRetryPolicy, MESSAGING_OPTIONS, type MessagingOptions, type RetryPolicy } from '../messaging.options.js';
import { EventHandlerRegistry } from './event-handler.registry.js';
import { backoffMs, classifyFailure } from './failure-classifier.js';
import { decodeInbound } from './inbound-event.js';
import { RetryLaterError, type InboundRecord } from './inbound-record.js';

export type InboxOutcome = 'handled' | 'duplicate' | 'not-handled-here' | 'dead-lettered';

/** Running counts, for readiness pages, benchmarks and tests. */
export interface InboxStats {
  handled: number;
  duplicate: number;
  notHandledHere: number;
  deadLettered: number;
  /** Where the consumer waits for an infrastructure failure to pass, if it does. */
  stuckAt: { topic: string; partition: number; offset: string } | null;
}

const CHUNK = 200;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes consumed records from Kafka to their effect, exactly once in effect:
 * - the inbox rows and the handlers' writes commit together, so a redelivered event changes nothing;
 *   a partition's batch is handled in chunks, one transaction each, in order;
 * - when a chunk fails, its records are handled one by one to isolate the culprit: poison
 *   (unreadable, or failing its schema) and events whose handler keeps failing go to the
 *   dead-letter topic with the error, and the consumer moves on;
 * - an infrastructure failure is retried with backoff and then thrown back to Kafka: the offset is
 *   not committed, and the event comes again once things work.
 * Offsets are resolved only after the work they stand for has committed.
 */
@Injectable()
export class InboxProcessor {
  readonly stats: InboxStats = { handled: 0, duplicate: 0, notHandledHere: 0, deadLettered: 0, stuckAt: null };
  private readonly retry: RetryPolicy;

  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: EventHandlerRegistry,
    private readonly deadLetters: DeadLetterPublisher,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {
    this.retry = { ...defaultRetryPolicy, ...options.retry };
  }

  async processBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    for (let start = 0; start < batch.messages.length; start += CHUNK) {
      if (!isRunning() || isStale()) return;
      const records = batch.messages
        .slice(start, start + CHUNK)
        .map((message) => ({ topic: batch.topic, partition: batch.partition, message }));
      await this.processChunk(records);
      resolveOffset(records[records.length - 1]!.message.offset);
      await heartbeat();
    }
  }

  /** All of a chunk in one transaction; on any failure, record by record. */
  private async processChunk(records: InboundRecord[]): Promise<void> {
    const events: Array<{ name: EventName; envelope: Envelope }> = [];
    for (const record of records) {
      const decision = decodeInbound(record.message.value);
      if (decision.kind === 'poison') return this.processEach(records);
      if (decision.kind === 'event' && this.registry.handlersFor(decision.name).length > 0) events.push(decision);
    }
    const notHandledHere = records.length - events.length;
    if (events.length === 0) {
      this.stats.notHandledHere += notHandledHere;
      return;
    }
    try {
      const outcomes = await this.dataSource.transaction(async (manager) => {
        const fresh = await this.recordInInbox(manager, events);
        const result = { handled: 0, duplicate: 0 };
        for (const event of events) {
          if (!fresh.delete(event.envelope.id)) {
            result.duplicate += 1;
            continue;
          }
          await this.applyHandlers(event.name, event.envelope, manager);
          result.handled += 1;
        }
        return result;
      });
      this.stats.handled += outcomes.handled;
      this.stats.duplicate += outcomes.duplicate;
      this.stats.notHandledHere += notHandledHere;
    } catch {
      // The chunk rolled back as a whole; find the one that fails and deal with it alone (it counts each).
      await this.processEach(records);
    }
  }

  private async processEach(records: InboundRecord[]): Promise<void> {
    for (const record of records) {
      const outcome = await this.processOne(record);
      if (outcome === 'handled') this.stats.handled += 1;
      else if (outcome === 'duplicate') this.stats.duplicate += 1;
      else if (outcome === 'not-handled-here') this.stats.notHandledHere += 1;
      else this.stats.deadLettered += 1;
    }
  }

  /** One record with retries: handled, a duplicate, not ours, or dead-lettered; or RetryLaterError. */
  async processOne(record: InboundRecord): Promise<InboxOutcome> {
    const decision = decodeInbound(record.message.value);
    if (decision.kind === 'unknown') return 'not-handled-here';
    if (decision.kind === 'poison') {
      await this.deadLetter(record, decision.reason, 'PoisonMessage', 1);
      return 'dead-lettered';
    }
    if (this.registry.handlersFor(decision.name).length === 0) return 'not-handled-here';
    const { envelope, name } = decision;
    for (let attempt = 1; ; attempt += 1) {
      try {
        const outcome = await this.dataSource.transaction(async (manager) => {
          const fresh = await this.recordInInbox(manager, [decision]);
          if (fresh.size === 0) return 'duplicate' as const;
          await this.applyHandlers(name, envelope, manager);
          return 'handled' as const;
        });
        this.stats.stuckAt = null;
        return outcome;
      } catch (error) {
        const kind = classifyFailure(error);
        const errorType = (error as Error)?.constructor?.name ?? 'Error';
        const limit = kind === 'transient' ? this.retry.transientAttempts : this.retry.permanentAttempts;
        logger().warn({ event: name, eventId: envelope.id, attempt, kind, errorType }, 'event handler failed');
        if (attempt < limit) {
          await sleep(backoffMs(attempt, this.retry.initialBackoffMs, this.retry.maxBackoffMs));
          continue;
        }
        if (kind === 'transient') {
          this.stats.stuckAt = { topic: record.topic, partition: record.partition, offset: record.message.offset };
          throw new RetryLaterError(record, `${name} ${envelope.id}: infrastructure unavailable (${errorType})`);
        }
        await this.deadLetter(record, `${errorType}: ${(error as Error)?.message ?? 'unknown'}`, errorType, attempt);
        return 'dead-lettered';
      }
    }
  }

  /** Inserts the events' ids into the inbox; returns the ids that were not there yet. */
  private async recordInInbox(manager: EntityManager, events: Array<{ name: string; envelope: Envelope }>): Promise<Set<string>> {
    const rows: Array<{ event_id: string }> = await manager.query(
      `INSERT INTO inbox (consumer_group, event_id, event_name)
       SELECT $1, id, name FROM unnest($2::uuid[], $3::text[]) AS fresh (id, name)
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [this.options.consumerGroup, events.map((event) => event.envelope.id), events.map((event) => event.name)],
    );
    return new Set(rows.map((row) => row.event_id));
  }

  private async applyHandlers(name: EventName, envelope: Envelope, manager: EntityManager): Promise<void> {
    await runInContext({ correlationId: envelope.correlationId, causationId: envelope.id }, async () => {
      for (const handler of this.registry.handlersFor(name)) await handler(envelope as never, manager);
    });
  }

  private async deadLetter(record: InboundRecord, reason: string, errorType: string, attempts: number): Promise<void> {
    try {
      await this.deadLetters.send({ ...record, reason, errorType, attempts });
    } catch {
      // Without its dead letter written, the message must not be committed either.
      throw new RetryLaterError(record, 'dead-letter write failed');
    }
    logger().error(
      { topic: record.topic, partition: record.partition, offset: record.message.offset, errorType, attempts },
      'message dead-lettered',
    );
  }
}
