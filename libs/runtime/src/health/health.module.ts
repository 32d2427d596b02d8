import { Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { HTTP_EDGE_OPTIONS, type HttpEdgeOptions } from '../http/http-edge.options.js';
import { WriteRateLimitGuard } from '../http/write-rate-limit.guard.js';
import { WriteRateLimiter } from '../http/write-rate-limiter.js';
import { DocsController } from '../openapi/docs.controller.js';
import { RedisClient, REDIS_URL } from '../redis/redis.provider.js';
import { HealthController } from './health.controller.js';
import { kafkaHealthProvider, type KafkaHealthOptions } from './kafka-health.provider.js';
import { ReadinessChecks } from './readiness-checks.js';

export interface RuntimeOptions {
  redisUrl: string;
  /** The write rate limit and the API docs: `httpEdgeOptions(config, SERVICE_NAME)`. */
  http: HttpEdgeOptions;
  /** Only for a service without MessagingModule; otherwise readiness asks Kafka through its producer. */
  kafka?: KafkaHealthOptions;
}

/**
 * `/health/live` and `/health/ready`, the service's Redis connection, the write rate limit that
 * createServiceApp puts after authentication, and `/docs` when API_DOCS is on.
 */
@Module({})
export class RuntimeModule {
  static forRoot(options: RuntimeOptions): DynamicModule {
    return {
      module: RuntimeModule,
      global: true,
      imports: options.http.apiDocs ? [DiscoveryModule] : [],
      controllers: options.http.apiDocs ? [HealthController, DocsController] : [HealthController],
      providers: [
        { provide: REDIS_URL, useValue: options.redisUrl },
        RedisClient,
        { provide: HTTP_EDGE_OPTIONS, useValue: options.http },
        WriteRateLimiter,
        WriteRateLimitGuard,
        kafkaHealthProvider(options.kafka),
        ReadinessChecks,
      ],
      exports: [RedisClient],
    };
  }
}
