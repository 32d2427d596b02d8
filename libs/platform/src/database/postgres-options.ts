import type { DataSourceOptions } from 'typeorm';
import type { ServiceEnv } from '../config/load-config.js';
import type { DatabaseRole } from './service-role.js';

export interface DatabaseParts {
  database: string;
  entities: NonNullable<DataSourceOptions['entities']>;
  migrations: NonNullable<DataSourceOptions['migrations']>;
  /** Small pools: two cores, five services, one PostgreSQL. */
  poolSize?: number;
}

/**
 * TypeORM options for a service's own database, connecting as the service's own role when it has one
 * (`databaseRole`), else as PGUSER. Schema changes only through migrations, which run as the owner.
 */
export function postgresOptions(
  env: Pick<ServiceEnv, 'PGHOST' | 'PGPORT' | 'PGUSER' | 'PGPASSWORD'> & { databaseRole?: DatabaseRole },
  parts: DatabaseParts,
): DataSourceOptions {
  const role = env.databaseRole ?? { user: env.PGUSER, password: env.PGPASSWORD };
  return {
    type: 'postgres',
    host: env.PGHOST,
    port: env.PGPORT,
    username: role.user,
    password: role.password,
    database: parts.database,
    entities: parts.entities,
    migrations: parts.migrations,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: { max: parts.poolSize ?? 10, application_name: parts.database },
  };
}
