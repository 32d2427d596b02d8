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
    const { $schema: _dialect, $defs, ...converted } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'throw' }) as JsonSchema & {
      $defs?: Record<string, JsonSchema>;
    };
    for (const [id, definition] of Object.entries($defs ?? {})) this.add(id, refsToComponents(definition) as JsonSchema);
    return refsToComponents(converted) as JsonSchema;
  }

  private add(id: string, definition: JsonSchema): void {
    const known = this.schemas[id];
    if (known && JSON.stringify(known) !== JSON.stringify(definition)) {
      throw new Error(`two different schemas are named ${id} (a schema named with .meta({ id }) reads differently in a request and an answer?)`);
    }
    this.schemas[id] = definition;
  }
}

function refsToComponents(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(refsToComponents);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === '$ref' && typeof inner === 'string' ? inner.replace(/^#\/\$defs\//, '#/components/schemas/') : refsToComponents(inner),
    ]),
  );
}
