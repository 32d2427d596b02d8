import type { INestApplication, NestApplicationOptions } from '@nestjs/common';
import { ModuleRef, NestFactory } from '@nestjs/core';
import { InboxKafkaServer, InboxProcessor, MessagingReadiness, type MessagingOptions } from '@yhdessa/messaging';
import { correlationIdMiddleware, NestPinoLogger, ProblemDetailsFilter } from '@yhdessa/platform';
import type { Express } from 'express';
import helmet from 'helmet';
import { WriteRateLimitGuard } from '../http/write-rate-limit.guard.js';

/** How the Nest application is made from the service's module: by NestFactory, or from a test's module with providers overridden. */
export type NestAppFactory = (module: unknown, options: NestApplicationOptions) => Promise<INestApplication>;

const nestFactory: NestAppFactory = (module, options) => NestFactory.create(module as never, options);

/**
 * One way every service is put together: security headers on every answer (helmet; no
 * `X-Powered-By`), JSON logs with correlation ids, RFC 9457 errors, the per-user write limit after
 * authentication, the Kafka consumer attached (when the service consumes; it starts in the
 * background, so the service answers, not ready, while Kafka is away). `app.close()` stops
 * cleanly: the HTTP server stops taking requests, the consumer finishes the batch in hand and
 * commits its offsets, the relay finishes its batch, connections close.
 */
export async function createServiceApp(
  module: unknown,
  messaging?: MessagingOptions,
  create: NestAppFactory = nestFactory,
): Promise<INestApplication> {
  const app = await create(module, { logger: new NestPinoLogger(), bodyParser: true });
  (app.getHttpAdapter().getInstance() as Express).disable('x-powered-by');
  app.use(helmet());
  app.use(correlationIdMiddleware);
  app.useGlobalFilters(new ProblemDetailsFilter());
  limitWrites(app);
  if (messaging && messaging.subscribesTo.length > 0) {
    app.connectMicroservice({ strategy: new InboxKafkaServer(app.get(InboxProcessor), messaging, app.get(MessagingReadiness)) });
    await app.startAllMicroservices(); // returns at once: the consumer joins its group in the background
  }
  return app;
}

/**
 * Guards given here run after the ones modules declare (APP_GUARD, where the AuthGuard is), so the
 * write limit knows the caller, and before any route's own guards. Only an application without
 * RuntimeModule has no limiter: a test's messaging app, which serves no routes. (Looked up through
 * ModuleRef: the application's own `get` ends the process when a provider is missing.)
 */
function limitWrites(app: INestApplication): void {
  let guard: WriteRateLimitGuard;
  try {
    guard = app.get(ModuleRef).get(WriteRateLimitGuard, { strict: false });
  } catch {
    return;
  }
  app.useGlobalGuards(guard);
}
