import type { Type } from '@nestjs/common';
import { IS_PUBLIC, REQUIRED_ROLES } from '@yhdessa/auth';
import { problemDetailsSchema, PROBLEM_CONTENT_TYPE, routeSchemas, type RouteSchemas } from '@yhdessa/platform';
import { isWrite } from '../http/rate-limit.util.js';
import { SchemaComponents, type JsonSchema } from './json-schema.util.js';
import { nestRoutes, type NestRoute } from './nest-routes.util.js';

/** A controller marked with this is left out of the document (the docs themselves). */
export const UNDOCUMENTED = 'yhdessa:openapi:undocumented';

/** The platform's version (package.json's), which every service's document carries. */
export const API_VERSION = '0.1.0';

export interface OpenApiDocument {
  openapi: '3.1.1';
  info: { title: string; version: string; description: string };
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, unknown>;
  security: Array<Record<string, string[]>>;
}

const problem = (description: string, headers?: Record<string, unknown>) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** The refusals every service answers the same way (RFC 9457, with a machine-readable `code`). */
const problemResponses = {
  BadRequest: problem(
    'The request is not valid: `validation_failed` names each field in `errors`; or the body could not be read.',
  ),
  Unauthorized: problem(
    'No valid bearer token: `token_missing`, `token_invalid`, `token_expired`, `wrong_issuer`, `wrong_audience`.',
    {
      'WWW-Authenticate': { description: 'RFC 6750 challenge', schema: { type: 'string' } },
    },
  ),
  Forbidden: problem("The caller may not do this: `role_required`, `no_role`, `no_agency`, or the feature's own code."),
  NotFound: problem(
    'Nothing here for this caller. A case the caller may not see answers exactly as one that does not exist (`case_not_found`).',
  ),
  TooManyRequests: problem('More writes than the service takes from one user in its window: `rate_limited`.', {
    'Retry-After': { description: 'Seconds until a write is taken again.', schema: { type: 'integer', minimum: 1 } },
  }),
  Problem: problem(
    'Any other refusal or failure: e.g. 409 when the current state does not allow it, 503 when a server the service needs does not answer.',
  ),
};

const ref = (name: keyof typeof problemResponses) => ({ $ref: `#/components/responses/${name}` });
const successDescriptions: Record<number, string> = { 200: 'OK', 201: 'Created', 204: 'No Content', 302: 'Found' };
const methodOrder = ['get', 'post', 'put', 'patch', 'delete'];

/**
 * The OpenAPI 3.1 document of a service's HTTP API, read from its controllers: Nest's routes, the
 * schemas the controller helpers validate with (@ZodBody, @ZodQuery, @ZodParam, @UuidParam) and
 * answer by (@Returns), @Public and @RequireRoles. Every route must take each path parameter through
 * a helper and state its answer with @Returns (a 204 has none); otherwise this throws, naming it.
 */
export function openApiDocument(service: string, controllers: readonly Type[]): OpenApiDocument {
  const components = new SchemaComponents();
  components.convert(problemDetailsSchema, 'output');
  const paths: Record<string, Record<string, unknown>> = {};
  const operationIds = new Set<string>();
  const documented = controllers.filter((controller) => Reflect.getMetadata(UNDOCUMENTED, controller) !== true);
  for (const route of documented.flatMap(nestRoutes)) {
    const operation = describe(route, components);
    if (operationIds.has(operation.operationId))
      throw new Error(`${where(route)}: operationId ${operation.operationId} is taken twice`);
    operationIds.add(operation.operationId);
    const item = (paths[route.path] ??= {});
    if (item[route.method]) throw new Error(`${where(route)}: ${route.method.toUpperCase()} ${route.path} is declared twice`);
    item[route.method] = operation;
  }
  return {
    openapi: '3.1.1',
    info: {
      title: service,
      version: API_VERSION,
      description: `The ${service} service of Yhdessä. Every error is an RFC 9457 problem (\`${PROBLEM_CONTENT_TYPE}\`) with a machine-readable \`code\`.`,
    },
    paths: Object.fromEntries(
      Object.keys(paths)
        .sort()
        .map((path) => [
          path,
          Object.fromEntries(
            methodOrder.filter((method) => paths[path]![method]).map((method) => [method, paths[path]![method]]),
          ),
        ]),
    ),
    components: {
      schemas: Object.fromEntries(
        Object.keys(components.schemas)
          .sort()
          .map((id) => [id, components.schemas[id]]),
      ),
      responses: problemResponses,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: "An access token from the platform's Keycloak realm.",
        },
      },
    },
    security: [{ bearer: [] }],
  };
}

function describe(route: NestRoute, components: SchemaComponents) {
  const { controller, handler } = route;
  const targets = [(controller.prototype as Record<string, object>)[handler]!, controller];
  const isPublic = metadata<boolean>(IS_PUBLIC, targets) === true;
  const roles = metadata<string[]>(REQUIRED_ROLES, targets) ?? [];
  const schemas = routeSchemas(controller, handler);
  const parameters = [...pathParameters(route, schemas, components), ...queryParameters(route, schemas, components)];
  const validates =
    schemas.body !== undefined || schemas.query !== undefined || Object.values(schemas.params).some((param) => !param.ownRefusal);
  return {
    operationId: `${lowerFirst(controller.name.replace(/Controller$/, ''))}${upperFirst(handler)}`,
    tags: [kebab(controller.name.replace(/Controller$/, ''))],
    ...(roles.length > 0 ? { description: `Needs one of the roles: ${roles.join(', ')}.`, 'x-required-roles': roles } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(schemas.body
      ? {
          requestBody: {
            required: !schemas.body.safeParse(undefined).success,
            content: { 'application/json': { schema: components.convert(schemas.body, 'input') } },
          },
        }
      : {}),
    responses: {
      [String(route.status)]: success(route, schemas, components),
      ...(validates ? { 400: ref('BadRequest') } : {}),
      ...(isPublic ? {} : { 401: ref('Unauthorized'), 403: ref('Forbidden') }),
      ...(route.params.length > 0 ? { 404: ref('NotFound') } : {}),
      ...(isWrite(route.method) && !isPublic ? { 429: ref('TooManyRequests') } : {}),
      default: ref('Problem'),
    },
    ...(isPublic ? { security: [] } : {}),
  };
}

/** A redirect (`@HttpCode(302)`, the gateway's sign-in) answers with a Location, not a body. */
const isRedirect = (status: number) => status >= 300 && status < 400;

function success(route: NestRoute, schemas: RouteSchemas, components: SchemaComponents) {
  const description = successDescriptions[route.status] ?? 'Success';
  if (route.status === 204 || isRedirect(route.status)) {
    if (schemas.response) throw new Error(`${where(route)}: a ${route.status} answer has no body to describe with @Returns`);
    return { description };
  }
  if (!schemas.response) throw new Error(`${where(route)}: say what it answers with @Returns(schema)`);
  return { description, content: { 'application/json': { schema: components.convert(schemas.response, 'output') } } };
}

function pathParameters(route: NestRoute, schemas: RouteSchemas, components: SchemaComponents) {
  const declared = Object.keys(schemas.params);
  const undeclared = route.params.filter((name) => !declared.includes(name));
  if (undeclared.length > 0)
    throw new Error(`${where(route)}: take the path parameter ${undeclared.join(', ')} with @UuidParam or @ZodParam`);
  const unknown = declared.filter((name) => !route.params.includes(name));
  if (unknown.length > 0) throw new Error(`${where(route)}: ${unknown.join(', ')} is not a parameter of ${route.path}`);
  return route.params.map((name) => ({
    name,
    in: 'path',
    required: true,
    schema: components.convert(schemas.params[name]!.schema, 'input'),
  }));
}

function queryParameters(route: NestRoute, schemas: RouteSchemas, components: SchemaComponents) {
  if (!schemas.query) return [];
  const object = components.convert(schemas.query, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  if (!object.properties) throw new Error(`${where(route)}: the query schema must be a plain object schema (no .meta({ id }))`);
  return Object.entries(object.properties).map(([name, schema]) => ({
    name,
    in: 'query',
    required: object.required?.includes(name) ?? false,
    schema,
  }));
}

/** As Nest's Reflector.getAllAndOverride: the handler's, else the controller's. */
function metadata<T>(key: string, targets: object[]): T | undefined {
  for (const target of targets) {
    const value = Reflect.getMetadata(key, target) as T | undefined;
    if (value !== undefined) return value;
  }
  return undefined;
}

const where = (route: NestRoute) => `${route.controller.name}.${route.handler}`;
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const kebab = (text: string) => text.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
