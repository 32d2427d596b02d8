import { DataSource } from 'typeorm';

/** The login a service connects with at run time: not the owner of its tables. */
export interface DatabaseRole {
  user: string;
  password: string;
}

export type TablePrivilege = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE';

/** Tables on which a service's role gets less than reading and writing rows, e.g. an append-only log. */
export type RestrictedTables = Readonly<Record<string, readonly TablePrivilege[]>>;

/** TypeORM's record of applied migrations: the service reads it at most, migrations write it. */
const platformRestrictedTables: RestrictedTables = { migrations: ['SELECT'] };

const identifier = /^[a-z_][a-z0-9_]*$/;

function quoted(name: string, what: string): string {
  if (!identifier.test(name)) throw new Error(`not a ${what} name: ${name}`);
  return `"${name}"`;
}

/**
 * What the service's role may do in its database, as SQL the owner runs after the migrations: connect,
 * use the schema, read and write the rows of every table and use every sequence, except that on each
 * restricted table it gets exactly the privileges listed (and never TRUNCATE, REFERENCES or TRIGGER,
 * which are not granted at all). Tables, schema and triggers stay the owner's: the role can neither
 * change them nor switch a trigger off. Idempotent, and complete: privileges granted before and not
 * listed here are taken back.
 */
export function serviceRoleGrants(database: string, role: string, restricted: RestrictedTables = {}): string[] {
  const roleName = quoted(role, 'role');
  const tables = { ...platformRestrictedTables, ...restricted };
  return [
    `GRANT CONNECT ON DATABASE ${quoted(database, 'database')} TO ${roleName}`,
    `GRANT USAGE ON SCHEMA public TO ${roleName}`,
    `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${roleName}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${roleName}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${roleName}`,
    ...Object.entries(tables).map(([table, privileges]) => {
      const name = quoted(table, 'table');
      const grant =
        privileges.length === 0 ? '' : `GRANT ${[...new Set(privileges)].join(', ')} ON TABLE public.${name} TO ${roleName};`;
      return `DO $$ BEGIN IF to_regclass('public.${name}') IS NOT NULL THEN REVOKE ALL ON TABLE public.${name} FROM ${roleName}; ${grant} END IF; END $$`;
    }),
  ];
}

/** Applies `serviceRoleGrants` in one transaction, so there is no moment with the restrictions lifted. */
export async function grantServiceRole(dataSource: DataSource, role: string, restricted: RestrictedTables = {}): Promise<void> {
  const database = String(dataSource.options.database);
  await dataSource.transaction(async (manager) => {
    for (const statement of serviceRoleGrants(database, role, restricted)) await manager.query(statement);
  });
}
