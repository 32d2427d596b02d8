import { RequestMethod, SetMetadata, type Type } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';

/** One route of a controller, as Nest will serve it. */
export interface NestRoute {
  controller: Type;
  handler: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI's spelling: `/cases/{caseId}/care-team`. */
  path: string;
  /** The path parameters, in order. */
  params: string[];
  /** The success status: @HttpCode's, else 201 for POST and 200 for the rest. */
  status: number;
}

const methods: Partial<Record<RequestMethod, NestRoute['method']>> = {
  [RequestMethod.GET]: 'get',
  [RequestMethod.POST]: 'post',
  [RequestMethod.PUT]: 'put',
  [RequestMethod.PATCH]: 'patch',
  [RequestMethod.DELETE]: 'delete',
};

const NOT_DESCRIBED = 'yhdessa:openapi:not-described';

/**
 * A controller whose routes the service's OpenAPI document leaves out because their shape is another
 * document's: the gateway's forwarding of `/api/<service>/…` (each service's own document describes it).
 */
export const NotDescribed = (): ClassDecorator => SetMetadata(NOT_DESCRIBED, true);

/** Every route a controller declares (one per path when a decorator lists several); none of a @NotDescribed() one. */
export function nestRoutes(controller: Type): NestRoute[] {
  if (Reflect.getMetadata(NOT_DESCRIBED, controller)) return [];
  const prefixes = asList(Reflect.getMetadata(PATH_METADATA, controller));
  const routes: NestRoute[] = [];
  for (const handler of Object.getOwnPropertyNames(controller.prototype)) {
    const fn = (controller.prototype as Record<string, unknown>)[handler];
    if (handler === 'constructor' || typeof fn !== 'function') continue;
    const paths = Reflect.getMetadata(PATH_METADATA, fn) as string | string[] | undefined;
    if (paths === undefined) continue;
    const requestMethod = Reflect.getMetadata(METHOD_METADATA, fn) as RequestMethod;
    const method = methods[requestMethod];
    if (!method) throw new Error(`${controller.name}.${handler}: only GET, POST, PUT, PATCH and DELETE routes are described`);
    const status = (Reflect.getMetadata(HTTP_CODE_METADATA, fn) as number | undefined) ?? (method === 'post' ? 201 : 200);
    for (const prefix of prefixes) {
      for (const path of asList(paths)) {
        const template = openApiPath(`${prefix}/${path}`, `${controller.name}.${handler}`);
        routes.push({ controller, handler, method, status, ...template });
      }
    }
  }
  return routes;
}

const asList = (paths: string | string[] | undefined): string[] => (Array.isArray(paths) ? paths : [paths ?? '']);

/** `cases/:caseId/` → `/cases/{caseId}`; Nest's wildcards and optional parts are not described. */
export function openApiPath(nestPath: string, where: string): { path: string; params: string[] } {
  const segments = nestPath.split('/').filter((segment) => segment !== '');
  const params: string[] = [];
  const path = segments.map((segment) => {
    if (/[*{}?()]/.test(segment)) throw new Error(`${where}: the path segment ${segment} has no OpenAPI spelling here`);
    if (!segment.startsWith(':')) return segment;
    params.push(segment.slice(1));
    return `{${segment.slice(1)}}`;
  });
  return { path: `/${path.join('/')}`, params };
}
