import { Injectable } from '@nestjs/common';
import { eventCatalog, type Actor, type Envelope, type EventName, type PayloadOf } from '@yhdessa/contracts';
import { Clock, currentContext, newId } from '@yhdessa/platform';
import type { EntityManager } from 'typeorm';
import { buildEnvelope } from './envelope.factory.js';

/**
 * Appends events to the outbox inside the caller's transaction. There is no other way to publish:
 * the relay sends what committed, so no event leaves for a change that rolled back.
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
    const envelope = buildEnvelope(name, caseId, payload, {
      id,
      occurredAt: this.clock.now(),
      correlationId: context?.correlationId ?? id,
      causationId: context?.causationId ?? null,
      actor,
    });
    await manager.query(
      'INSERT INTO outbox (event_id, topic, message_key, event_name, envelope) VALUES ($1, $2, $3, $4, $5)',
      [envelope.id, eventCatalog[name].topic, caseId, name, envelope],
    );
    return envelope;
  }
}
