import { z } from 'zod';
import type { Redacted } from './field-visibility.js';

/**
 * The schema of a view as one reader gets it (`Redacted<T>`): every field may be left out, nested
 * objects field by field, lists whole. For the OpenAPI documents, from the view's full schema.
 */
export function redactedSchema<S extends z.ZodObject>(view: S): z.ZodType<Redacted<z.output<S>>> {
  return redactedObject(view) as unknown as z.ZodType<Redacted<z.output<S>>>;
}

function redactedObject(view: z.ZodObject): z.ZodObject {
  return z.object(
    Object.fromEntries(Object.entries(view.shape).map(([key, field]) => [key, redactedField(field as z.ZodType).optional()])),
  );
}

function redactedField(field: z.ZodType): z.ZodType {
  if (field instanceof z.ZodObject) return redactedObject(field);
  if (field instanceof z.ZodNullable && field.unwrap() instanceof z.ZodObject)
    return redactedObject(field.unwrap() as z.ZodObject).nullable();
  return field;
}
