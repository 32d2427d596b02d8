import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import type { Role } from '@yhdessa/contracts';
import type { AuthenticatedRequest } from './authenticated-request.js';
import { AuthError, AuthErrorCode } from './auth.error.js';
import { bearerToken } from './bearer-token.util.js';
import { OidcVerifier } from './oidc-verifier.js';
import { IS_PUBLIC } from './public.decorator.js';
import { REQUIRED_ROLES } from './require-roles.decorator.js';

/**
 * Every HTTP route needs a verified bearer token unless it is @Public(); @RequireRoles() narrows it
 * further. Refusals are AuthErrors, which the platform's problem-details filter answers.
 * Kafka handlers in the same process are not HTTP and pass untouched.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: OidcVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets)) return true;

    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    try {
      request.user = await this.verifier.verify(bearerToken(request.headers.authorization));
    } catch (error) {
      if (error instanceof AuthError && error.status === 401) {
        http.getResponse<Response>().setHeader('WWW-Authenticate', challenge(error.code));
      }
      throw error;
    }

    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets) ?? [];
    if (required.length > 0 && !required.some((role) => request.user!.roles.includes(role))) {
      throw new AuthError(AuthErrorCode.RoleRequired, 'This action needs a role the caller does not hold.', {
        requiredRoles: required,
      });
    }
    return true;
  }
}

/** RFC 6750 §3: a bare challenge when no token came, `invalid_token` when one was refused. */
function challenge(code: AuthErrorCode): string {
  return code === AuthErrorCode.TokenMissing ? 'Bearer' : 'Bearer error="invalid_token"';
}
