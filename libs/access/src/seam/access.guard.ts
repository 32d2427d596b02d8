import { Injectable, type CanActivate, type ExecutionContext, type Type } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import type { AuthenticatedRequest } from '@yhdessa/auth';
import type { ResourceAccess } from './resource-access.js';

export const ACCESS = 'yhdessa:access:required';

/** What `@Access` records on a route: which resource's rule to ask, at which level. */
export interface AccessRequirement {
  resource: Type<ResourceAccess<string, object>>;
  level: string;
}

/** A request that passed `@Access`: what the caller holds on the resource, for the handler. */
export type GrantedRequest = AuthenticatedRequest & { grants?: Map<Type<unknown>, object> };

/**
 * The one access check of a route: asks the resource's rule for the caller's grant at the declared
 * level, answers the resource's refusal when there is none, and leaves the grant on the request.
 * Runs after the authentication guard (global guards run first).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly moduleRef: ModuleRef,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const required = this.reflector.get<AccessRequirement | undefined>(ACCESS, context.getHandler());
    if (!required) throw new Error(`${context.getClass().name}.${context.getHandler().name} uses AccessGuard without @Access`);
    const access = this.moduleRef.get(required.resource, { strict: false });
    const request = context.switchToHttp().getRequest<GrantedRequest>();
    const id = request.params[access.param];
    const grant = request.user && typeof id === 'string' ? await access.grant(id, request.user, required.level) : null;
    if (grant === null) throw access.refusal();
    (request.grants ??= new Map()).set(required.resource, grant);
    return true;
  }
}
