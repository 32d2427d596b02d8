import type { DataSourceOptions } from 'typeorm';
import type { ServiceEnv } from '../config/load-config.js';

export interface DatabaseParts {
  database: string;
  entities: NonNullable<DataSourceOptions['entities']>;
  migrations: NonNullable<DataSourceOptions['migrations']>;
  /** Small pools: two cores, five services, one PostgreSQL. */
  poolSize?: number;
}

/** TypeORM options for a service's own database. Schema changes only through migrations. */
export function postgresOptions(env: Pick<ServiceEnv, 'PGHOST' | 'PGPORT' | 'PGUSER' | 'PGPASSWORD'>, parts: DatabaseParts): DataSourceOptions {
  return {
    type: 'postgres',
    host: env.PGHOST,
    port: env.PGPORT,
    username: env.PGUSER,
    password: env.PGPASSWORD,
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
