import type { DynamicModule, INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AUTH_OPTIONS, OidcVerifier, type AuthOptions } from '@yhdessa/auth';
import type { MessagingOptions } from '@yhdessa/messaging';
import { Clock, type ServiceEnv } from '@yhdessa/platform';
import { createServiceApp, migrateDatabase, type NestAppFactory } from '@yhdessa/runtime';
import type { DataSourceOptions } from 'typeorm';
import { untilKafkaReady } from './kafka-ready.js';

export interface ServiceUnderTest {
  app: INestApplication;
  url: string;
  close(): Promise<void>;
}

type Migrations = NonNullable<DataSourceOptions['migrations']>;

/** A service with a database of its own: the test database it runs on, migrated before it starts. */
interface OwnDatabase {
  config: ServiceEnv;
  database: string;
  migrations: Migrations;
}

/** A service without a database (the gateway). */
interface NoDatabase {
  config?: undefined;
  database?: undefined;
  migrations?: undefined;
}

export type ServiceUnderTestSpec = (OwnDatabase | NoDatabase) & {
  module: unknown;
  messaging?: MessagingOptions;
  /** The time the service lives at (every `Clock` it injects); by default the real time. */
  clock?: Clock;
  /** The port to listen on (the gateway's tests need one Keycloak knows a redirect to); by default a free one. */
  port?: number;
};

/**
 * A service as it runs in production (same module, same bootstrap), on its own test database and
 * consumer group, listening on a free port. Given a clock, the service is built from a testing module
 * whose `Clock` is that clock: its rules, records and events see the test's date. Bearer tokens keep
 * being checked against the real time, because Keycloak issues them in real time; a test's date must
 * not make a fresh token expired, nor an expired one valid.
 */
export async function startServiceUnderTest(spec: ServiceUnderTestSpec): Promise<ServiceUnderTest> {
  if (spec.database !== undefined) await migrateDatabase(spec.config, spec.database, spec.migrations);
  const app = await createServiceApp(spec.module, spec.messaging, spec.clock && livingAt(spec.clock));
  await app.listen(spec.port ?? 0, '127.0.0.1');
  if (spec.messaging) await untilKafkaReady(app);
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return { app, url, close: () => app.close() };
}

function livingAt(clock: Clock): NestAppFactory {
  return async (module, options) => {
    const moduleRef = await Test.createTestingModule({ imports: [module as DynamicModule] })
      .overrideProvider(Clock)
      .useValue(clock)
      .overrideProvider(OidcVerifier)
      .useFactory({ factory: (auth: AuthOptions) => new OidcVerifier(auth, new Clock()), inject: [AUTH_OPTIONS] })
      .compile();
    return moduleRef.createNestApplication(options);
  };
}

/** Environment for a service under test: its own database, its own consumer group, only new events. */
export function testServiceEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, KAFKA_FROM_BEGINNING: 'false', ...overrides };
}
