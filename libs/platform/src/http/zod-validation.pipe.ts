import type { PipeTransform } from '@nestjs/common';
import { z } from 'zod';

export interface ZodValidationOptions {
  /** Where the value sits, put in front of every issue's path: a path parameter's name. */
  at?: string;
  /** The error a value that does not pass gets instead of 400 `validation_failed`, e.g. the resource's own not-found. */
  malformed?: () => Error;
}

/**
 * Validates a request body, query or path parameter against a schema and hands on what the schema
 * made of it (defaults filled, strings trimmed). A failure becomes a 400 `validation_failed` problem
 * listing each issue's path (the problem-details filter maps the ZodError), unless `malformed` says
 * otherwise. Controllers use it through @ZodBody, @ZodQuery, @ZodParam and @UuidParam.
 */
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(
    private readonly schema: S,
    private readonly options: ZodValidationOptions = {},
  ) {}

  transform(value: unknown): z.output<S> {
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    if (this.options.malformed) throw this.options.malformed();
    const at = this.options.at;
    if (at === undefined) throw result.error;
    throw new z.ZodError(result.error.issues.map((issue) => ({ ...issue, path: [at, ...issue.path] })));
  }
}
