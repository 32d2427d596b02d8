import type { Type } from '@nestjs/common';
import type { z } from 'zod';

/**
 * The schemas a route validates its input with and describes its answer by, recorded by the
 * controller helpers (@ZodBody, @ZodQuery, @ZodParam, @UuidParam, @Returns) for the OpenAPI
 * document: one schema both checks a request and documents it.
 */
export interface RouteSchemas {
  body?: z.ZodType;
  query?: z.ZodObject;
  /** Path parameters by name; `ownRefusal` when a malformed one gets the route's own error (`malformed`) instead of 400. */
  params: Record<string, { schema: z.ZodType; ownRefusal: boolean }>;
  /** The success answer's body; a route without one answers with no content. */
  response?: z.ZodType;
}

const ROUTE_SCHEMAS = 'yhdessa:http:route-schemas';

/** Adds one part to what a handler's route records. */
export function recordRouteSchema(prototype: object, handler: string | symbol, part: Partial<RouteSchemas>): void {
  const current = (Reflect.getOwnMetadata(ROUTE_SCHEMAS, prototype, handler) as RouteSchemas | undefined) ?? { params: {} };
  const params = { ...current.params, ...part.params };
  Reflect.defineMetadata(ROUTE_SCHEMAS, { ...current, ...part, params }, prototype, handler);
}

/** What a controller's handler recorded; `{ params: {} }` when it used no helper. */
export function routeSchemas(controller: Type, handler: string): RouteSchemas {
  return (Reflect.getOwnMetadata(ROUTE_SCHEMAS, controller.prototype, handler) as RouteSchemas | undefined) ?? { params: {} };
}
