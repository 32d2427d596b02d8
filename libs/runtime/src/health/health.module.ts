import { Module, type DynamicModule } from '@nestjs/common';
import { RedisClient, REDIS_URL } from '../redis/redis.provider.js';
import { HealthController } from './health.controller.js';
import { kafkaHealthProvider, type KafkaHealthOptions } from './kafka-health.provider.js';
import { ReadinessChecks } from './readiness-checks.js';

export interface RuntimeOptions {
  redisUrl: string;
  /** Only for a service without MessagingModule; otherwise readiness asks Kafka through its producer. */
  kafka?: KafkaHealthOptions;
}

/** `/health/live` and `/health/ready`, plus the service's Redis connection. */
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
        kafkaHealthProvider(options.kafka),
        ReadinessChecks,
      ],
      exports: [RedisClient],
    };
  }
}
