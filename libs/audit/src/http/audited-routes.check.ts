import {
  Inject,
  Injectable,
  RequestMethod,
  type INestApplicationContext,
  type OnApplicationBootstrap,
  type Type,
} from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, RESPONSE_PASSTHROUGH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { AUDIT_OPTIONS, type AuditModuleOptions } from '../audit.options.js';
import { AUDITED_READ } from './audited-read.decorator.js';
import { NO_CLIENT_DATA } from './no-client-data.decorator.js';

/** Methods that read: their handlers must say whether they serve client data. */
const readMethods = new Set<RequestMethod>([
  RequestMethod.GET,
  RequestMethod.HEAD,
  RequestMethod.QUERY,
  RequestMethod.SEARCH,
  RequestMethod.ALL,
]);

export type UnauditedRouteProblem =
  /** A read route that declares neither @AuditedRead nor @NoClientData. */
  | 'undeclared'
  /** Both: the declarations contradict each other. */
  | 'declared-both'
  /** An @AuditedRead handler that writes the response itself (@Res()/@Next() without passthrough), past the interceptor. */
  | 'response-bypasses-audit';

export interface UnauditedRoute {
  /** `Controller.method` */
  handler: string;
  problem: UnauditedRouteProblem;
}

export class UnauditedRoutesError extends Error {
  constructor(readonly routes: readonly UnauditedRoute[]) {
    super(
      'Refusing to start: every read route must declare @AuditedRead (it serves client data) or @NoClientData. ' +
        routes.map((route) => `${route.handler} (${route.problem})`).join(', '),
    );
    this.name = 'UnauditedRoutesError';
  }
}

/** Looks through every controller of the application for read routes that could serve client data unrecorded. */
export function findUnauditedRoutes(discovery: DiscoveryService, scanner: MetadataScanner): UnauditedRoute[] {
  const found: UnauditedRoute[] = [];
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as Type | null;
    if (!controller?.prototype) continue;
    for (const name of scanner.getAllMethodNames(controller.prototype)) {
      const handler = controller.prototype[name] as object;
      const problem = routeProblem(controller, name, handler);
      if (problem) found.push({ handler: `${controller.name}.${name}`, problem });
    }
  }
  return found;
}

function routeProblem(controller: Type, name: string, handler: object): UnauditedRouteProblem | undefined {
  if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) return undefined;
  const audited = Reflect.getMetadata(AUDITED_READ, handler) ?? Reflect.getMetadata(AUDITED_READ, controller);
  const noClientData = Reflect.getMetadata(NO_CLIENT_DATA, handler) ?? Reflect.getMetadata(NO_CLIENT_DATA, controller);
  if (audited && noClientData) return 'declared-both';
  if (audited && writesResponseItself(controller, name)) return 'response-bypasses-audit';
  if (audited || noClientData) return undefined;
  const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
  return method !== undefined && readMethods.has(method) ? 'undeclared' : undefined;
}

function writesResponseItself(controller: Type, name: string): boolean {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<string, unknown>;
  const takesResponse = Object.keys(args).some((key) => {
    const type = Number(key.split(':')[0]);
    return type === RouteParamtypes.RESPONSE || type === RouteParamtypes.NEXT;
  });
  return takesResponse && !Reflect.getMetadata(RESPONSE_PASSTHROUGH_METADATA, controller, name);
}

/** Throws `UnauditedRoutesError` naming each offending `Controller.method`. Needs `DiscoveryModule` (AuditModule imports it). */
export function assertReadsAreAudited(app: INestApplicationContext): void {
  const routes = findUnauditedRoutes(app.get(DiscoveryService, { strict: false }), app.get(MetadataScanner, { strict: false }));
  if (routes.length > 0) throw new UnauditedRoutesError(routes);
}

/** Runs the check while the application boots, so a service with an undeclared read route never serves. */
@Injectable()
export class AuditedRoutesCheck implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    @Inject(AUDIT_OPTIONS) private readonly options: AuditModuleOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (this.options.checkReadRoutes === false) return;
    const routes = findUnauditedRoutes(this.discovery, this.scanner);
    if (routes.length > 0) throw new UnauditedRoutesError(routes);
  }
}
