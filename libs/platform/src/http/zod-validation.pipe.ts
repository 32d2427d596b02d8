import type { PipeTransform } from '@nestjs/common';
import type { z } from 'zod';

/** Validates a request body or param against a schema; a failure becomes a 400 problem listing paths. */
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.infer<S> {
    return this.schema.parse(value);
  }
}
