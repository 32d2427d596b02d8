import { Injectable } from '@nestjs/common';
import { eventCatalog, type Actor, type Envelope, type EventName, type PayloadOf } from '@yhdessa/contracts';
import { Clock, currentContext, newId } from '@yhdessa/platform';
import type { EntityManager } from 'typeorm';
import { buildEnvelope } from './envelope.factory.js';

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
 * same cases in opposite orders deadlock, and PostgreSQL aborts one with 40P01). Under REPEATABLE
 * READ or SERIALIZABLE, a second writer of the case fails with 40001 instead of waiting.
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
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`${name} must be appended inside the transaction that makes the change`);
    }
    const context = currentContext();
    const id = newId();
    // Validated before the case's counter is locked: an invalid payload throws having taken nothing.
    const unsequenced = buildEnvelope(name, caseId, payload, {
      id,
      occurredAt: this.clock.now(),
      correlationId: context?.correlationId ?? id,
      causationId: context?.causationId ?? null,
      actor,
    });
    const topic = eventCatalog[name].topic;
    const envelope = { ...unsequenced, sequence: await this.nextSequence(manager, topic, caseId) };
    await manager.query(
      'INSERT INTO outbox (event_id, topic, message_key, event_name, envelope) VALUES ($1, $2, $3, $4, $5)',
      [envelope.id, topic, caseId, name, envelope],
    );
    return envelope;
  }

  /** The case's next number on this topic; locks the case's counter until the transaction ends. */
  private async nextSequence(manager: EntityManager, topic: string, caseId: string): Promise<number> {
    const [{ last_sequence }]: Array<{ last_sequence: string }> = await manager.query(
      `INSERT INTO outbox_case_sequence AS counter (topic, case_id, last_sequence) VALUES ($1, $2, 1)
       ON CONFLICT (topic, case_id) DO UPDATE SET last_sequence = counter.last_sequence + 1
       RETURNING last_sequence`,
      [topic, caseId],
    );
    return Number(last_sequence);
  }
}
