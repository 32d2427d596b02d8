import type { z } from 'zod';
import { recordRouteSchema } from './route-schemas.js';

/**
 * What the route answers with on success, for the OpenAPI document (the status is Nest's: 201 for
 * POST unless @HttpCode says otherwise). The compiler holds the handler to it: its result must be
 * assignable to the schema's output, so the document cannot promise a field the handler does not
 * return (a handler that does not fit gets TS1241 on this decorator). The answer is not validated
 * at run time.
 */
export function Returns<S extends z.ZodType>(schema: S) {
  return <H extends (...args: never[]) => z.output<S> | Promise<z.output<S>>>(
    prototype: object,
    handler: string | symbol,
    _descriptor: TypedPropertyDescriptor<H>,
  ): void => {
    recordRouteSchema(prototype, handler, { response: schema });
  };
}
