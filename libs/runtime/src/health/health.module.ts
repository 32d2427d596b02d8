import { Module, type DynamicModule } from '@nestjs/common';
import { HTTP_EDGE_OPTIONS, type HttpEdgeOptions } from '../http/http-edge.options.js';
import { WriteRateLimitGuard } from '../http/write-rate-limit.guard.js';
import { WriteRateLimiter } from '../http/write-rate-limiter.js';
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
 * `/health/live` and `/health/ready`, the service's Redis connection, and the write rate limit that
 * createServiceApp puts after authentication.
 */
@Module({})
export class RuntimeModule {
  static forRoot(options: RuntimeOptions): DynamicModule {
    return {
      module: RuntimeModule,
      global: true,
      controllers: [HealthController],
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
