import { Inject, Injectable } from '@nestjs/common';
import { KafkaRetriableException, type KafkaContext } from '@nestjs/microservices';
import { logger, runInContext } from '@yhdessa/platform';
import { DataSource } from 'typeorm';
import { DeadLetterPublisher } from '../dead-letter/dead-letter.publisher.js';
import { defaultRetryPolicy, MESSAGING_OPTIONS, type MessagingOptions, type RetryPolicy } from '../messaging.options.js';
import { EventHandlerRegistry } from './event-handler.registry.js';
import { backoffMs, classifyFailure } from './failure-classifier.js';
import { decodeInbound } from './inbound-event.js';

export type InboxOutcome = 'handled' | 'duplicate' | 'not-handled-here' | 'dead-lettered';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes one consumed record from Kafka to its effect, exactly once in effect:
 * - the inbox row and the handlers' writes commit together, so a redelivered event changes nothing;
 * - poison (unreadable, or failing its schema) and events whose handler keeps failing go to the
 *   dead-letter topic with the error, and the consumer moves on;
 * - an infrastructure failure is retried with backoff and then handed back to Kafka as retriable:
 *   the offset is not committed, and the event comes again once things work.
 * Nothing here throws anything but KafkaRetriableException, whose message carries no client data.
 */
@Injectable()
export class InboxProcessor {
  private readonly retry: RetryPolicy;

  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: EventHandlerRegistry,
    private readonly deadLetters: DeadLetterPublisher,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {
    this.retry = { ...defaultRetryPolicy, ...options.retry };
  }

  async process(context: KafkaContext): Promise<InboxOutcome> {
    const message = context.getMessage();
    const decision = decodeInbound(message.value);
    if (decision.kind === 'unknown') return 'not-handled-here';
    if (decision.kind === 'poison') {
      await this.deadLetter(context, decision.reason, 'PoisonMessage', 1);
      return 'dead-lettered';
    }
    const handlers = this.registry.handlersFor(decision.name);
    if (handlers.length === 0) return 'not-handled-here';
    const { envelope, name } = decision;

    return runInContext({ correlationId: envelope.correlationId, causationId: envelope.id }, async () => {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await this.dataSource.transaction(async (manager) => {
            const inserted: unknown[] = await manager.query(
              `INSERT INTO inbox (consumer_group, event_id, event_name) VALUES ($1, $2, $3)
               ON CONFLICT DO NOTHING RETURNING event_id`,
              [this.options.consumerGroup, envelope.id, name],
            );
            if (inserted.length === 0) return 'duplicate' as const;
            for (const handler of handlers) await handler(envelope as never, manager);
            return 'handled' as const;
          });
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
            throw new KafkaRetriableException(`${name} ${envelope.id}: infrastructure unavailable (${errorType}); not committed`);
          }
          await this.deadLetter(context, `${errorType}: ${(error as Error)?.message ?? 'unknown'}`, errorType, attempt);
          return 'dead-lettered';
        }
      }
    });
  }

  private async deadLetter(context: KafkaContext, reason: string, errorType: string, attempts: number): Promise<void> {
    const message = context.getMessage();
    try {
      await this.deadLetters.send({
        topic: context.getTopic(),
        partition: context.getPartition(),
        offset: message.offset,
        key: message.key as Buffer | string | null,
        value: message.value as Buffer | string | null,
        headers: message.headers ?? {},
        reason,
        errorType,
        attempts,
      });
    } catch {
      // Without its dead letter written, the message must not be committed either.
      throw new KafkaRetriableException(`dead-letter write failed for ${context.getTopic()}@${message.offset}; not committed`);
    }
    logger().error(
      { topic: context.getTopic(), partition: context.getPartition(), offset: message.offset, errorType, attempts },
      'message dead-lettered',
    );
  }
}
