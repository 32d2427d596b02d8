import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AuthenticatedUser } from './authenticated-user.js';
import { AuthError, AuthErrorCode } from './auth.error.js';
import { AuthGuard } from './auth.guard.js';
import type { OidcVerifier } from './oidc-verifier.js';
import { Public } from './public.decorator.js';
import { RequireRoles } from './require-roles.decorator.js';

const teacher: AuthenticatedUser = {
  userId: 'u-1',
  username: 'anna.laine',
  displayName: 'Anna Laine',
  agency: 'school',
  roles: ['teacher'],
  actor: { userId: 'u-1', agency: 'school', role: 'teacher' },
};

@RequireRoles('cp-social-worker')
class CaseController {
  open(): void {}
  @RequireRoles('teacher', 'special-needs-teacher')
  schoolView(): void {}
  @Public()
  health(): void {}
}

class FakeVerifier {
  tokens: string[] = [];
  async verify(token: string): Promise<AuthenticatedUser> {
    this.tokens.push(token);
    if (token !== 'good') throw new AuthError(AuthErrorCode.TokenExpired, 'expired');
    return teacher;
  }
}

function httpContext(handler: () => void, authorization?: string) {
  const request: { headers: Record<string, string | undefined>; user?: AuthenticatedUser } = { headers: { authorization } };
  const headers: Record<string, string> = {};
  const response = { setHeader: (name: string, value: string) => (headers[name] = value) };
  const context = {
    getType: () => 'http',
    getHandler: () => handler,
    getClass: () => CaseController,
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }),
  } as unknown as ExecutionContext;
  return { context, request, headers };
}

async function refusal(guard: AuthGuard, context: ExecutionContext): Promise<AuthErrorCode> {
  try {
    await guard.canActivate(context);
  } catch (error) {
    if (error instanceof AuthError) return error.code;
    throw error;
  }
  throw new Error('expected the request to be refused');
}

describe('AuthGuard', () => {
  let verifier: FakeVerifier;
  let guard: AuthGuard;

  beforeEach(() => {
    verifier = new FakeVerifier();
    guard = new AuthGuard(new Reflector(), verifier as unknown as OidcVerifier);
  });

  it('lets a @Public() route through without looking at any token', async () => {
    const { context, request } = httpContext(CaseController.prototype.health, 'Bearer good');
    await expect(guard.canActivate(context)).resolves.toBe(true);
    expect(verifier.tokens).toEqual([]);
    expect(request.user).toBeUndefined();
  });

  it('leaves non-HTTP handlers (Kafka consumers) alone', async () => {
    const context = { getType: () => 'rpc' } as unknown as ExecutionContext;
    await expect(guard.canActivate(context)).resolves.toBe(true);
  });

  it('puts the verified caller on the request when a route-level role list admits them', async () => {
    const { context, request } = httpContext(CaseController.prototype.schoolView, 'Bearer good');
    await expect(guard.canActivate(context)).resolves.toBe(true);
    expect(request.user).toEqual(teacher);
  });

  it('applies the controller-level role list where the route declares none', async () => {
    const { context } = httpContext(CaseController.prototype.open, 'Bearer good');
    expect(await refusal(guard, context)).toBe(AuthErrorCode.RoleRequired);
  });

  it('challenges a request without a token with a bare Bearer', async () => {
    const { context, headers } = httpContext(CaseController.prototype.schoolView);
    expect(await refusal(guard, context)).toBe(AuthErrorCode.TokenMissing);
    expect(headers['WWW-Authenticate']).toBe('Bearer');
  });

  it('challenges a refused token with invalid_token', async () => {
    const { context, headers } = httpContext(CaseController.prototype.schoolView, 'Bearer stale');
    expect(await refusal(guard, context)).toBe(AuthErrorCode.TokenExpired);
    expect(headers['WWW-Authenticate']).toBe('Bearer error="invalid_token"');
  });
});
