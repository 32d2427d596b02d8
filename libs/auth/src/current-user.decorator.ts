import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedUser } from './authenticated-user.js';
import type { AuthenticatedRequest } from './authenticated-request.js';
import { AuthError, AuthErrorCode } from './auth.error.js';

/** The verified caller, as the auth guard left it on the request. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) {
    // Only reachable on a @Public() route, where no caller was verified.
    throw new AuthError(AuthErrorCode.TokenMissing, 'A bearer token is required.');
  }
  return user;
});
