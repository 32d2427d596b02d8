import { systemActor, type Envelope, type EventName, type PayloadOf } from '@yhdessa/contracts';
import { buildEnvelope } from '@yhdessa/messaging';
import { newId } from '@yhdessa/platform';
import type { DataSource, EntityManager } from 'typeorm';

/** A projection's handler of one event, as `@HandlesEvent` methods are written. */
type Handler<N extends EventName> = (event: Envelope<PayloadOf<N>>, manager: EntityManager) => Promise<void>;

/**
 * Feeds events straight to a projection, without an inbox in front: each event gets an id of its own,
 * as a late or re-sent record would, so only the projection's own rules decide. Each event is handled
 * in a transaction of its own, on the projection as `this`.
 */
export function projectionFeeder<N extends EventName>(
  dataSource: () => DataSource,
  projection: object,
  handlers: { [K in N]: Handler<K> },
  occurredAt: Date,
): <K extends N>(name: K, caseId: string, payload: PayloadOf<K>) => Promise<void> {
  return (name, caseId, payload) => {
    const envelope = buildEnvelope(name, caseId, payload, {
      id: newId(),
      occurredAt,
      correlationId: newId(),
      causationId: null,
      actor: systemActor('projection-test'),
    });
    const handle = handlers[name] as Handler<typeof name>;
    return dataSource().transaction((manager) => handle.call(projection, envelope, manager));
  };
}
