import { DataSource, type DataSourceOptions } from 'typeorm';
import { ensureDatabase } from '@yhdessa/platform';
import { testServers } from './test-env.js';

/**
 * A real PostgreSQL database for one test file, migrated with the same migrations the service
 * runs. Tests build their own rows (their own case ids) instead of truncating shared tables.
 * `sessionOptions` are PostgreSQL settings for every connection (`-c search_path=…`, or
 * `-c default_transaction_read_only=on` to reach a database migrated elsewhere, read-only).
 * Without `migrations` nothing is migrated.
 */
export async function openTestDatabase(parts: {
  database: string;
  entities: NonNullable<DataSourceOptions['entities']>;
  migrations?: NonNullable<DataSourceOptions['migrations']>;
  sessionOptions?: string;
}): Promise<DataSource> {
  const { pg } = testServers();
  await ensureDatabase({ host: pg.host, port: pg.port, user: pg.user, password: pg.password }, parts.database);
  const dataSource = new DataSource({
    type: 'postgres',
    host: pg.host,
    port: pg.port,
    username: pg.user,
    password: pg.password,
    database: parts.database,
    entities: parts.entities,
    migrations: parts.migrations ?? [],
    synchronize: false,
    extra: { max: 5, ...(parts.sessionOptions ? { options: parts.sessionOptions } : {}) },
  });
  await dataSource.initialize();
  if (parts.migrations) await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
