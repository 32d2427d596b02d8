import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { InboxKafkaServer, InboxProcessor, type MessagingOptions } from '@yhdessa/messaging';
import { correlationIdMiddleware, NestPinoLogger, ProblemDetailsFilter } from '@yhdessa/platform';

/**
 * One way every service is put together: JSON logs with correlation ids, RFC 9457 errors, the Kafka
 * consumer attached (when the service consumes). `app.close()` stops cleanly: the HTTP server stops
 * taking requests, the consumer finishes the batch in hand and commits its offsets, the relay
 * finishes its batch, connections close.
 */
export async function createServiceApp(module: unknown, messaging?: MessagingOptions): Promise<INestApplication> {
  const app = await NestFactory.create(module as never, { logger: new NestPinoLogger(), bodyParser: true });
  app.use(correlationIdMiddleware);
  app.useGlobalFilters(new ProblemDetailsFilter());
  if (messaging && messaging.subscribesTo.length > 0) {
    app.connectMicroservice({ strategy: new InboxKafkaServer(app.get(InboxProcessor), messaging) });
    await app.startAllMicroservices();
  }
  return app;
}
