import { allowsOnCase } from '../case/case-access.domain.js';
import type { CaseReader } from '../case/case-reader.js';
import { redact, type FieldTable, type Redacted } from './field-visibility.js';
import { caseSight } from './information-visibility.domain.js';

/**
 * A list over several cases (my cases, my deadlines, a team's cases): each item as its reader sees it
 * on the item's own case; items of a case the reader may not read at all are left out.
 */
export function redactEach<T extends object>(
  items: readonly T[],
  caseOf: (item: T) => string,
  table: FieldTable<T>,
  readers: ReadonlyMap<string, CaseReader>,
): Redacted<T>[] {
  return items.flatMap((item) => {
    const reader = readers.get(caseOf(item));
    return reader && allowsOnCase('read', reader) ? [redact(item, table, caseSight(reader))] : [];
  });
}
