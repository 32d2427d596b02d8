import { auditTablePrivileges } from '@yhdessa/audit';
import { ensureDatabase, grantServiceRole, logger, type DatabaseRole, type ServiceEnv } from '@yhdessa/platform';
import { DataSource, type DataSourceOptions } from 'typeorm';

/**
 * Creates the service's database if needed and applies its pending migrations, each in a transaction,
 * connected as PGUSER, the owner of the tables. Then gives the service's own role (`databaseRole`,
 * when it is not PGUSER) what it may do at run time: read and write its rows, but only append to and
 * read its audit log. The grants are applied on every run, so tables added by new migrations are
 * covered and nothing granted by hand outlives the next migration.
 */
export async function migrateDatabase(
  env: ServiceEnv & { databaseRole?: DatabaseRole },
  database: string,
  migrations: NonNullable<DataSourceOptions['migrations']>,
): Promise<string[]> {
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
    await grantToServiceRole(dataSource, env);
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

async function grantToServiceRole(dataSource: DataSource, env: ServiceEnv & { databaseRole?: DatabaseRole }): Promise<void> {
  const role = env.databaseRole?.user;
  if (role === undefined || role === env.PGUSER) {
    logger().warn(
      { database: dataSource.options.database },
      'the service connects as the owner of its tables: its audit log is protected by the append-only trigger alone',
    );
    return;
  }
  try {
    await grantServiceRole(dataSource, role, auditTablePrivileges);
  } catch (error) {
    if ((error as { code?: string }).code === '42704') {
      throw new Error(
        `the database role ${role} does not exist: create it with \`infra/postgres.sh start\` (see README, "Database roles")`,
      );
    }
    throw error;
  }
}
