import { Injectable } from '@nestjs/common';
import { eventCatalog, type Actor, type Envelope, type EventName, type PayloadOf } from '@yhdessa/contracts';
import { Clock, currentContext, newId } from '@yhdessa/platform';
import type { EntityManager } from 'typeorm';
import { buildEnvelope } from './envelope.factory.js';

/** One event for `appendAll`: what `append` takes, and optionally the correlation it belongs to. */
export type OutboxEvent = {
  [N in EventName]: {
    name: N;
    caseId: string;
    payload: PayloadOf<N>;
    actor: Actor;
    /** Its own correlation, where it is not the current context's (e.g. work gathered from several requests). */
    correlationId?: string;
    causationId?: string | null;
  };
}[EventName];

/**
 * Appends events to the outbox inside the caller's transaction. There is no other way to publish:
 * the relay sends what committed, so no event leaves for a change that rolled back.
 *
 * Order per case, whoever writes: each event takes its case's next `sequence` from a counter row
 * (one per topic and case) with an upsert. Its row lock is taken at the transaction's first append
 * to that case and holds until the transaction commits or rolls back, so a second writer of the
 * case waits there and then gets both the next sequence and a later outbox `seq`: per case, `seq`
 * order is commit order, which is the order the relay sends in. A rollback gives the numbers back,
 * so the sequence has no gaps.
 *
 * Lock order, to stay clear of deadlocks: the counter is the last lock a writer takes for a case.
 * Lock and change your own rows first and append last; a transaction appending to several cases
 * takes their counters in the order it appends, so it appends in case-id order (two that take the
 * same cases in opposite orders deadlock, and PostgreSQL aborts one with 40P01); one `appendAll` takes
 * all of its counters at once, in topic and case-id order. Under REPEATABLE READ or SERIALIZABLE, a
 * second writer of the case fails with 40001 instead of waiting.
 */
@Injectable()
export class EventPublisher {
  constructor(private readonly clock: Clock) {}

  async append<N extends EventName>(
    manager: EntityManager,
    name: N,
    caseId: string,
    payload: PayloadOf<N>,
    actor: Actor,
  ): Promise<Envelope<PayloadOf<N>>> {
    const [envelope] = await this.appendAll(manager, [{ name, caseId, payload, actor } as OutboxEvent]);
    return envelope as Envelope<PayloadOf<N>>;
  }

  /**
   * Appends several events in the order given, in a fixed number of statements whatever their count:
   * one takes the next numbers of every case involved, one writes every outbox row. A case's events
   * among them get consecutive numbers, in the order given.
   */
  async appendAll(manager: EntityManager, events: readonly OutboxEvent[]): Promise<Envelope[]> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`${events[0]?.name ?? 'An event'} must be appended inside the transaction that makes the change`);
    }
    if (events.length === 0) return [];
    const context = currentContext();
    const occurredAt = this.clock.now();
    // Validated before any case's counter is locked: an invalid payload throws having taken nothing.
    const unsequenced = events.map((event) => {
      const id = newId();
      const envelope = buildEnvelope(event.name, event.caseId, event.payload as never, {
        id,
        occurredAt,
        correlationId: event.correlationId ?? context?.correlationId ?? id,
        causationId: event.causationId !== undefined ? event.causationId : (context?.causationId ?? null),
        actor: event.actor,
      });
      return { name: event.name, topic: eventCatalog[event.name].topic as string, envelope };
    });
    const next = await this.nextSequences(
      manager,
      unsequenced.map(({ topic, envelope }) => ({ topic, caseId: envelope.caseId })),
    );
    const sequenced = unsequenced.map(({ name, topic, envelope }) => {
      const key = counterKey(topic, envelope.caseId);
      const sequence = next.get(key)!;
      next.set(key, sequence + 1);
      return { name, topic, envelope: { ...envelope, sequence } };
    });
    await manager.query(
      `INSERT INTO outbox (event_id, topic, message_key, event_name, envelope)
       SELECT event_id, topic, message_key, event_name, envelope::jsonb
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY
         AS appended (event_id, topic, message_key, event_name, envelope, ord)
       ORDER BY ord`,
      [
        sequenced.map(({ envelope }) => envelope.id),
        sequenced.map(({ topic }) => topic),
        sequenced.map(({ envelope }) => envelope.caseId),
        sequenced.map(({ name }) => name),
        sequenced.map(({ envelope }) => JSON.stringify(envelope)),
      ],
    );
    return sequenced.map(({ envelope }) => envelope);
  }

  /**
   * The first of the next numbers of each case (per topic) for these events; locks the cases' counters,
   * in topic and case-id order, until the transaction ends.
   */
  private async nextSequences(
    manager: EntityManager,
    events: ReadonlyArray<{ topic: string; caseId: string }>,
  ): Promise<Map<string, number>> {
    const counts = new Map<string, { topic: string; caseId: string; count: number }>();
    for (const { topic, caseId } of events) {
      const key = counterKey(topic, caseId);
      const counter = counts.get(key) ?? { topic, caseId, count: 0 };
      counter.count += 1;
      counts.set(key, counter);
    }
    const counters = [...counts.values()];
    const rows: Array<{ topic: string; case_id: string; last_sequence: string }> = await manager.query(
      `INSERT INTO outbox_case_sequence AS counter (topic, case_id, last_sequence)
       SELECT topic, case_id, appended FROM unnest($1::text[], $2::text[], $3::bigint[]) AS taken (topic, case_id, appended)
       ORDER BY topic, case_id
       ON CONFLICT (topic, case_id) DO UPDATE SET last_sequence = counter.last_sequence + EXCLUDED.last_sequence
       RETURNING topic, case_id, last_sequence`,
      [
        counters.map((counter) => counter.topic),
        counters.map((counter) => counter.caseId),
        counters.map((counter) => counter.count),
      ],
    );
    const first = new Map<string, number>();
    for (const row of rows) {
      const key = counterKey(row.topic, row.case_id);
      first.set(key, Number(row.last_sequence) - counts.get(key)!.count + 1);
    }
    return first;
  }
}

const counterKey = (topic: string, caseId: string): string => `${topic}\u0000${caseId}`;
