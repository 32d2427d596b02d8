import type { InformationClass } from '@yhdessa/contracts';
import type { CaseAudience } from '../case/case-access.domain.js';
import type { Sight } from './information-visibility.domain.js';

/**
 * Who sees one field of a view: whoever sees its information class, or (`only`) those of the named
 * audiences among them; `reference` marks ids and bookkeeping that carry no client data, shown to
 * whoever reached the resource at all.
 */
export type FieldRule =
  InformationClass | 'reference' | { readonly class: InformationClass; readonly only: readonly CaseAudience[] };

type Leaf<T> = NonNullable<T> extends readonly unknown[] ? true : NonNullable<T> extends object ? false : true;

/** A rule for every field of a view; a nested object takes one rule for all of it or a table of its own. */
export type FieldTable<T> = {
  readonly [K in keyof T]-?: Leaf<T[K]> extends true ? FieldRule : FieldRule | FieldTable<NonNullable<T[K]>>;
};

/** A view with the fields its reader may not see left out (not nulled: the field is not there). */
export type Redacted<T> = {
  [K in keyof T]?: Leaf<T[K]> extends true ? T[K] : Redacted<NonNullable<T[K]>> | Extract<T[K], null>;
};

const isTable = (rule: unknown): rule is Record<string, unknown> =>
  typeof rule === 'object' && rule !== null && !('class' in rule && 'only' in rule);

export function seesField(rule: FieldRule, sight: Sight): boolean {
  if (rule === 'reference') return true;
  if (typeof rule === 'string') return sight.classes.has(rule);
  return sight.classes.has(rule.class) && sight.audience !== null && rule.only.includes(sight.audience);
}

const seesAny = (table: Record<string, unknown>, sight: Sight): boolean =>
  Object.values(table).some((rule) => (isTable(rule) ? seesAny(rule, sight) : seesField(rule as FieldRule, sight)));

/**
 * The fields of `value` its reader may see, by the table. A field the table does not name is left
 * out; a nested object whose fields are all hidden is left out whole; a null nested object stays
 * null where the reader would see any of its fields.
 */
export function redact<T extends object>(value: T, table: FieldTable<T>, sight: Sight): Redacted<T> {
  const seen: Record<string, unknown> = {};
  for (const [key, rule] of Object.entries(table as Record<string, unknown>)) {
    const field = (value as Record<string, unknown>)[key];
    if (!isTable(rule)) {
      if (seesField(rule as FieldRule, sight)) seen[key] = field;
    } else if (field === null) {
      if (seesAny(rule, sight)) seen[key] = null;
    } else if (field !== undefined) {
      const nested = redact(field as object, rule as FieldTable<object>, sight);
      if (Object.keys(nested).length > 0) seen[key] = nested;
    }
  }
  return seen as Redacted<T>;
}
