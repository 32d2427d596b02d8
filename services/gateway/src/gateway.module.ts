import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule } from '@yhdessa/auth';
import { httpEdgeOptions, RuntimeModule } from '@yhdessa/runtime';
import type { GatewayConfig } from './gateway.config.js';
import { MeController } from './me/me.controller.js';

export const SERVICE_NAME = 'gateway';

/**
 * The web app's entry: it answers `GET /api/me` so far. No database and no consumer of its own;
 * Redis is the only store it reaches (readiness, write limits).
 */
@Module({})
export class GatewayModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        RuntimeModule.forRoot({
          redisUrl: config.REDIS_URL,
          kafka: { clientId: `${SERVICE_NAME}-health`, brokers: config.KAFKA_BROKERS },
          http: httpEdgeOptions(config, SERVICE_NAME),
        }),
        AuthModule.forRoot({ issuer: config.OIDC_ISSUER, audience: config.OIDC_AUDIENCE }),
      ],
      controllers: [MeController],
    };
  }
}
