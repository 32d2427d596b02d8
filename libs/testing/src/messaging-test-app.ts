import { Module, type INestApplication, type Provider } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MessagingModule, type MessagingOptions } from '@yhdessa/messaging';
import { ensureDatabase, newId } from '@yhdessa/platform';
import { createServiceApp } from '@yhdessa/runtime';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { untilKafkaReady } from './kafka-ready.js';
import { testServers } from './test-env.js';

export interface MessagingTestApp {
  app: INestApplication;
  dataSource: DataSource;
  options: MessagingOptions;
  close(): Promise<void>;
}

/**
 * A real Nest application with its own migrated database, the outbox relay and (when it listens)
 * a Kafka consumer in a consumer group of its own, as a service would have. Used by tests of the
 * messaging path that need no HTTP API.
 */
export async function startMessagingApp(spec: {
  database: string;
  migrations: NonNullable<DataSourceOptions['migrations']>;
  providers?: Provider[];
  subscribesTo?: string[];
  publishesTo?: string[];
  relay?: boolean;
  messaging?: Partial<MessagingOptions>;
}): Promise<MessagingTestApp> {
  const servers = testServers();
  await ensureDatabase(
    { host: servers.pg.host, port: servers.pg.port, user: servers.pg.user, password: servers.pg.password },
    spec.database,
  );
  const options: MessagingOptions = {
    service: spec.database,
    brokers: servers.kafkaBrokers,
    consumerGroup: `${spec.database}-${newId()}`,
    fromBeginning: false,
    subscribesTo: spec.subscribesTo ?? [],
    publishesTo: spec.publishesTo ?? [],
    relay: spec.relay ?? true,
    ...spec.messaging,
  };

  @Module({
    imports: [
      TypeOrmModule.forRoot({
        type: 'postgres',
        host: servers.pg.host,
        port: servers.pg.port,
        username: servers.pg.user,
        password: servers.pg.password,
        database: spec.database,
        migrations: spec.migrations,
        migrationsRun: true,
        migrationsTransactionMode: 'each',
        extra: { max: 8 },
      }),
      MessagingModule.forRoot(options),
    ],
    providers: spec.providers ?? [],
  })
  class MessagingTestModule {}

  const app = await createServiceApp(MessagingTestModule, options);
  await app.init();
  await untilKafkaReady(app);
  return { app, dataSource: app.get(DataSource), options, close: () => app.close() };
}
