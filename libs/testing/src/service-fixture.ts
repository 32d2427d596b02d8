import type { MessagingOptions } from '@yhdessa/messaging';
import { newId, type Clock, type ServiceEnv } from '@yhdessa/platform';
import type { DataSourceOptions } from 'typeorm';
import { listedService } from './service-list.js';
import { startServiceUnderTest, testServiceEnv, type ServiceUnderTest } from './service-under-test.js';

/** How a service's own code is put together: what its `main.ts` and `migrate.ts` use. */
export interface ServiceFixtureSpec<Config> {
  /** Its name in tools/platform/services.json, which names its port and database variables. */
  name: string;
  loadConfig(env: NodeJS.ProcessEnv): Config;
  module(config: Config): unknown;
  messaging?(config: Config): MessagingOptions;
  /** Its database's migrations; required of a service the list gives a database. */
  migrations?: NonNullable<DataSourceOptions['migrations']>;
}

export interface ServiceFixtureOptions {
  /** The test database of its own (for a service with a database), created and migrated if need be. */
  database?: string;
  /** Variables that differ from the test environment, e.g. a Redis where nothing answers. */
  env?: Record<string, string>;
  /** The time the service lives at (e.g. a `FixedClock`); by default the real time. */
  clock?: Clock;
  /** The port to listen on; by default a free one. */
  port?: number;
}

/** What a test reads back from an HTTP call. */
export interface Answer {
  status: number;
  type: string | null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads whatever JSON came back
  body: any;
}

export interface ServiceFixture<Config> extends ServiceUnderTest {
  config: Config;
  /** An HTTP call with the caller's bearer token; a string body is sent as it is (to test unreadable JSON). */
  call(
    method: string,
    path: string,
    token: string | undefined,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Answer>;
}

/**
 * Starts a service for its integration tests as it runs in production, on a test database of its own
 * and in a Kafka consumer group of its own that reads only new events. Each service's fixture is this,
 * given the service's config loader, module, messaging and migrations.
 */
export async function startServiceFixture<Config>(
  spec: ServiceFixtureSpec<Config>,
  options: ServiceFixtureOptions = {},
): Promise<ServiceFixture<Config>> {
  const { databaseVariable } = listedService(spec.name);
  const { database, clock } = options;
  if (databaseVariable && (!database || !spec.migrations)) {
    throw new Error(`${spec.name} keeps a database: its fixture needs a test database of its own and the service's migrations`);
  }
  if (!databaseVariable && database) throw new Error(`${spec.name} keeps no database: give it none`);
  const config = spec.loadConfig(
    testServiceEnv({
      ...(databaseVariable ? { [databaseVariable]: database! } : {}),
      KAFKA_GROUP_ID: `${database ?? spec.name}-${newId()}`,
      ...options.env,
    }),
  );
  const own = { module: spec.module(config), messaging: spec.messaging?.(config), clock, port: options.port };
  const service = await startServiceUnderTest(
    // A service with a database has the common service environment (serviceSchema in libs/platform).
    databaseVariable ? { ...own, config: config as ServiceEnv, database: database!, migrations: spec.migrations! } : own,
  );
  return {
    ...service,
    config,
    call: (method, path, token, body, headers) => callService(service.url, method, path, token, body, headers),
  };
}

async function callService(
  url: string,
  method: string,
  path: string,
  token: string | undefined,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type'), body: text ? JSON.parse(text) : undefined };
}
