import { v7 } from 'uuid';

/** Time-ordered UUIDv7: event ids and primary keys sort by creation. */
export function newId(): string {
  return v7();
}
