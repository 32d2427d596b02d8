import { ensureDatabase, logger, type ServiceEnv } from '@yhdessa/platform';
import { DataSource, type DataSourceOptions } from 'typeorm';

/** Creates the service's database if needed and applies its pending migrations, each in a transaction. */
export async function migrateDatabase(env: ServiceEnv, database: string, migrations: NonNullable<DataSourceOptions['migrations']>): Promise<string[]> {
  const connection = { host: env.PGHOST, port: env.PGPORT, user: env.PGUSER, password: env.PGPASSWORD };
  await ensureDatabase(connection, database);
  const dataSource = new DataSource({
    type: 'postgres',
    host: env.PGHOST,
    port: env.PGPORT,
    username: env.PGUSER,
    password: env.PGPASSWORD,
    database,
    migrations,
  });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    logger().info({ database, applied: applied.map((migration) => migration.name) }, 'migrations applied');
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
