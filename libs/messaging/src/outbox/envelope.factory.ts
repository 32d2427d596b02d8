import { eventCatalog, type Actor, type Envelope, type EventName, type PayloadOf } from '@yhdessa/contracts';

export interface EnvelopeContext {
  id: string;
  occurredAt: Date;
  correlationId: string;
  causationId: string | null;
  actor: Actor;
}

/**
 * Builds the envelope for one event and validates its payload against the catalog. Pure: the id,
 * the time and the correlation come from the caller. An invalid payload is a programming error and
 * throws before anything is written.
 */
export function buildEnvelope<N extends EventName>(
  name: N,
  caseId: string,
  payload: PayloadOf<N>,
  context: EnvelopeContext,
): Envelope<PayloadOf<N>> {
  const definition = eventCatalog[name];
  const parsed = definition.payload.parse(payload) as PayloadOf<N>;
  return {
    id: context.id,
    type: definition.type,
    version: definition.version,
    occurredAt: context.occurredAt.toISOString(),
    caseId,
    actor: context.actor,
    correlationId: context.correlationId,
    causationId: context.causationId,
    payload: parsed,
  };
}
