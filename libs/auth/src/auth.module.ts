import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Clock } from '@yhdessa/platform';
import { AuthGuard } from './auth.guard.js';
import { AUTH_OPTIONS, type AuthOptions } from './auth.options.js';
import { OidcVerifier } from './oidc-verifier.js';

/**
 * Bearer-token authentication for every HTTP route of a service. Import once in the root module:
 * `AuthModule.forRoot({ issuer: config.OIDC_ISSUER, audience: config.OIDC_AUDIENCE })`.
 */
@Module({})
export class AuthModule {
  static forRoot(options: AuthOptions): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      providers: [{ provide: AUTH_OPTIONS, useValue: options }, Clock, OidcVerifier, { provide: APP_GUARD, useClass: AuthGuard }],
      exports: [OidcVerifier],
    };
  }
}
