import { applyDecorators, createParamDecorator, SetMetadata, UseGuards, type ExecutionContext, type Type } from '@nestjs/common';
import { ACCESS, AccessGuard, type AccessRequirement, type GrantedRequest } from './access.guard.js';
import type { ResourceAccess } from './resource-access.js';

/**
 * Declares who may reach a route: the caller needs `level` on the resource the route names, by that
 * resource's rule; anyone else gets the resource's refusal (its 404, where existence must not leak).
 * One per route, on the method.
 */
export function Access<Level extends string>(
  resource: Type<ResourceAccess<Level, object>>,
  level: NoInfer<Level>,
): MethodDecorator {
  const requirement: AccessRequirement = { resource: resource as AccessRequirement['resource'], level };
  return applyDecorators(SetMetadata(ACCESS, requirement), UseGuards(AccessGuard));
}

/** What `@Access` granted the caller on the route's resource (the handler's own `@Access`, same resource). */
export const Granted = createParamDecorator((resource: Type<unknown>, context: ExecutionContext): object => {
  const grant = context.switchToHttp().getRequest<GrantedRequest>().grants?.get(resource);
  if (!grant) throw new Error(`no grant on ${resource.name}: the route declares no @Access for it`);
  return grant;
});
