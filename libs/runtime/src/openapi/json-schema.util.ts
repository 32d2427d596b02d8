import { z } from 'zod';

export type JsonSchema = Record<string, unknown>;

/**
 * Turns zod schemas into OpenAPI 3.1 schemas (JSON Schema 2020-12), collecting every schema named
 * with `.meta({ id })` once under `components.schemas` and referring to it from where it is used.
 * `input` describes what a request may send (defaults make fields optional); `output` what an
 * answer carries.
 */
export class SchemaComponents {
  readonly schemas: Record<string, JsonSchema> = {};

  convert(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
    const {
      $schema: _dialect,
      $defs,
      ...converted
    } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'throw' }) as JsonSchema & {
      $defs?: Record<string, JsonSchema>;
    };
    for (const [id, definition] of Object.entries($defs ?? {})) this.add(id, tidy(definition) as JsonSchema);
    return tidy(converted) as JsonSchema;
  }

  private add(id: string, definition: JsonSchema): void {
    const known = this.schemas[id];
    if (known && JSON.stringify(known) !== JSON.stringify(definition)) {
      throw new Error(
        `two different schemas are named ${id} (a schema named with .meta({ id }) reads differently in a request and an answer?)`,
      );
    }
    this.schemas[id] = definition;
  }
}

/** Formats whose meaning is exact: zod's regular expression for them would only repeat it, at length. */
const exactFormats = new Set(['uuid', 'date', 'date-time']);

/** Refers to components instead of `$defs`, and drops the pattern where an exact format says the same. */
function tidy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(tidy);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).filter(
    ([key]) => !(key === 'pattern' && exactFormats.has((value as { format?: string }).format ?? '')),
  );
  return Object.fromEntries(
    entries.map(([key, inner]) => [
      key,
      key === '$ref' && typeof inner === 'string' ? inner.replace(/^#\/\$defs\//, '#/components/schemas/') : tidy(inner),
    ]),
  );
}
