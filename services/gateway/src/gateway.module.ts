import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule } from '@yhdessa/auth';
import { httpEdgeOptions, RuntimeModule } from '@yhdessa/runtime';
import type { GatewayConfig } from './gateway.config.js';
import { MeController } from './me/me.controller.js';

export const SERVICE_NAME = 'gateway';

/** No database of its own: the gateway holds sessions (Redis) and speaks for the web app. */
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
