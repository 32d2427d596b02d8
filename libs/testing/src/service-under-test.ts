import type { INestApplication } from '@nestjs/common';
import type { DataSourceOptions } from 'typeorm';
import type { MessagingOptions } from '@yhdessa/messaging';
import type { ServiceEnv } from '@yhdessa/platform';
import { createServiceApp, migrateDatabase } from '@yhdessa/runtime';

export interface ServiceUnderTest {
  app: INestApplication;
  url: string;
  close(): Promise<void>;
}

/**
 * A service as it runs in production (same module, same bootstrap), on its own test database and
 * consumer group, listening on a free port.
 */
export async function startServiceUnderTest(spec: {
  config: ServiceEnv;
  database: string;
  migrations: NonNullable<DataSourceOptions['migrations']>;
  module: unknown;
  messaging?: MessagingOptions;
}): Promise<ServiceUnderTest> {
  await migrateDatabase(spec.config, spec.database, spec.migrations);
  const app = await createServiceApp(spec.module, spec.messaging);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return { app, url, close: () => app.close() };
}

/** Environment for a service under test: its own database, its own consumer group, only new events. */
export function testServiceEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, KAFKA_FROM_BEGINNING: 'false', ...overrides };
}
