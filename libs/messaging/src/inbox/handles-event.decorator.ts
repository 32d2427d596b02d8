import { SetMetadata } from '@nestjs/common';
import type { Envelope, EventName, PayloadOf } from '@yhdessa/contracts';
import type { EntityManager } from 'typeorm';

export const HANDLES_EVENT = Symbol('HANDLES_EVENT');

/** An event's effect: runs inside the transaction that also records the event in the inbox. */
export type EventHandler<N extends EventName> = (event: Envelope<PayloadOf<N>>, manager: EntityManager) => Promise<void>;

/**
 * Marks a provider method as the handler of one event. The compiler checks the method's signature
 * against the catalog, so a handler can't silently read a payload shape the event doesn't have.
 */
export function HandlesEvent<N extends EventName>(name: N) {
  return (target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<EventHandler<N>>) => {
    SetMetadata(HANDLES_EVENT, name)(target, key, descriptor);
  };
}

/** The registry key of handlers that take every event of the catalog (projections such as a timeline). */
export const EVERY_EVENT = '*';

/** Marks a provider method as a handler of every event of the catalog this service consumes. */
export function HandlesEveryEvent() {
  return (target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<EventHandler<EventName>>) => {
    SetMetadata(HANDLES_EVENT, EVERY_EVENT)(target, key, descriptor);
  };
}
