export * from './redis/redis.provider.js';
export * from './health/readiness-checks.js';
export * from './health/kafka-health.probe.js';
export * from './health/kafka-health.provider.js';
export * from './health/health.module.js';
export * from './health/health.controller.js';
export * from './bootstrap/create-service-app.js';
export * from './bootstrap/run-service.js';
