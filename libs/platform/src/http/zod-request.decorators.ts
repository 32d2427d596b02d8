import { Body, Param, Query } from '@nestjs/common';
import { z } from 'zod';
import { recordRouteSchema } from './route-schemas.js';
import { ZodValidationPipe, type ZodValidationOptions } from './zod-validation.pipe.js';

/**
 * The one way a handler takes its input: validated by a zod schema, which is also what the service's
 * OpenAPI document says about it. A body or query that does not pass gets 400 `validation_failed`
 * naming each field; a path parameter the same, naming the parameter, unless `malformed` gives the
 * error it gets instead.
 */
export function ZodBody(schema: z.ZodType): ParameterDecorator {
  return (prototype, handler, index) => {
    Body(new ZodValidationPipe(schema))(prototype, handler, index);
    recordRouteSchema(prototype, handler!, { body: schema });
  };
}

/** The query string as one object schema: each of its keys is a query parameter. */
export function ZodQuery(schema: z.ZodObject): ParameterDecorator {
  return (prototype, handler, index) => {
    Query(new ZodValidationPipe(schema))(prototype, handler, index);
    recordRouteSchema(prototype, handler!, { query: schema });
  };
}

export type ParamOptions = Pick<ZodValidationOptions, 'malformed'>;

export function ZodParam(name: string, schema: z.ZodType, options: ParamOptions = {}): ParameterDecorator {
  return (prototype, handler, index) => {
    Param(name, new ZodValidationPipe(schema, { at: name, ...options }))(prototype, handler, index);
    recordRouteSchema(prototype, handler!, { params: { [name]: { schema, ownRefusal: options.malformed !== undefined } } });
  };
}

const uuid = z.uuid();

/**
 * A path parameter holding an id. Give `malformed` where a malformed id must get the same answer as
 * an unknown one: a case id answers 404 `case_not_found` either way, so nobody learns whether a case
 * exists.
 */
export function UuidParam(name: string, options: ParamOptions = {}): ParameterDecorator {
  return ZodParam(name, uuid, options);
}
