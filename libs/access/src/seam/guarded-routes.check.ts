import { Inject, Injectable, type OnApplicationBootstrap, type Type } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, ModuleRef } from '@nestjs/core';
import { ACCESS, type AccessRequirement } from './access.guard.js';

/** The route parameters that name a guarded resource (`caseId`, …): a route naming one must declare `@Access`. */
export const GUARDED_PARAMS = Symbol('GUARDED_PARAMS');

export interface UnguardedRoute {
  /** `Controller.method` */
  handler: string;
  path: string;
}

export class UnguardedRoutesError extends Error {
  constructor(readonly routes: readonly UnguardedRoute[]) {
    super(
      'Refusing to start: a route that names a case, team or meeting must declare who may reach it (@CaseAccess, @Access). ' +
        routes.map((route) => `${route.handler} (${route.path})`).join(', '),
    );
    this.name = 'UnguardedRoutesError';
  }
}

const paths = (metadata: unknown): string[] => (Array.isArray(metadata) ? metadata : [metadata ?? '']).map(String);
const join = (base: string, path: string) =>
  `/${[base, path]
    .map((part) => part.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/')}`;

/** Routes whose path names a guarded parameter and whose handler declares no `@Access`. */
export function findUnguardedRoutes(
  controllers: readonly Type[],
  scanner: MetadataScanner,
  guardedParams: readonly string[],
): UnguardedRoute[] {
  const found: UnguardedRoute[] = [];
  for (const controller of controllers) {
    for (const name of scanner.getAllMethodNames(controller.prototype)) {
      const handler = controller.prototype[name] as object;
      const own = Reflect.getMetadata(PATH_METADATA, handler);
      if (own === undefined || Reflect.getMetadata(ACCESS, handler)) continue;
      for (const base of paths(Reflect.getMetadata(PATH_METADATA, controller))) {
        for (const path of paths(own).map((part) => join(base, part))) {
          if (guardedParams.some((param) => path.split('/').includes(`:${param}`)))
            found.push({ handler: `${controller.name}.${name}`, path });
        }
      }
    }
  }
  return found;
}

/**
 * At boot, refuses a service with a route that names a guarded resource but declares no access, and
 * one whose `@Access` names a rule no module provides: a route cannot forget the seam.
 */
@Injectable()
export class GuardedRoutesCheck implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly moduleRef: ModuleRef,
    @Inject(GUARDED_PARAMS) private readonly guardedParams: readonly string[],
  ) {}

  onApplicationBootstrap(): void {
    const controllers = this.discovery
      .getControllers()
      .flatMap((wrapper) => (wrapper.metatype?.prototype ? [wrapper.metatype as Type] : []));
    const unguarded = findUnguardedRoutes(controllers, this.scanner, this.guardedParams);
    if (unguarded.length > 0) throw new UnguardedRoutesError(unguarded);
    for (const controller of controllers) {
      for (const name of this.scanner.getAllMethodNames(controller.prototype)) {
        const required = Reflect.getMetadata(ACCESS, controller.prototype[name] as object) as AccessRequirement | undefined;
        if (required) this.moduleRef.get(required.resource, { strict: false });
      }
    }
  }
}
