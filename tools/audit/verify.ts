import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { AuditChainWalk, AuditCheckpointIndex, readAuditCheckpoints, verifyAuditLog } from '@yhdessa/audit';
import { auditCheckpointsTopic } from '@yhdessa/contracts';
import { createKafka } from '@yhdessa/messaging';
import { configureRootLogger } from '@yhdessa/platform';
import { DataSource } from 'typeorm';
import { describeDatabase, type DatabaseVerdict } from './verify-report.js';

/**
 * `./yhdessa audit verify`: verifies every audit chain of every service database, held against the
 * chains' latest checkpoints in Kafka, and exits 1 when any chain is broken (2 when it could not
 * verify at all). Prints database names, chain keys (case ids), seqs, record ids and counts; never a
 * record's content.
 *
 *   (no option)                  the databases of the services in tools/platform/services.json
 *   --database NAME              only this database (repeatable)
 *   --databases-like PATTERN     every database whose name matches the SQL LIKE pattern and has an
 *                                audit log (e.g. the integration tests' `yhdessa\_test\_%`)
 *   --no-checkpoints             do not read Kafka: chains are checked among themselves only, and
 *                                records removed from a chain's end go unnoticed
 *
 * Connects as PGUSER (it lists databases and reads every audit log) in read-only sessions.
 */
const USAGE = 'usage: ./yhdessa audit verify [--database NAME]... [--databases-like PATTERN] [--no-checkpoints]';
const EXIT = { ok: 0, broken: 1, failed: 2 } as const;

interface Target {
  database: string;
  services: string[];
  /** A database the operator named (or a service's): its absence is reported, not skipped. */
  named: boolean;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (see .env.example)`);
  return value;
}

const connection = () => ({
  host: required('PGHOST'),
  port: Number(process.env.PGPORT ?? 5432),
  username: required('PGUSER'),
  password: process.env.PGPASSWORD ?? '',
});

async function openReadOnly(database: string): Promise<DataSource> {
  const dataSource = new DataSource({
    type: 'postgres',
    ...connection(),
    database,
    extra: { max: 1, application_name: 'audit-verify', options: '-c default_transaction_read_only=on' },
  });
  return dataSource.initialize();
}

/** The service databases, named by the variables tools/platform/services.json lists. */
function serviceTargets(): Target[] {
  const { services } = JSON.parse(readFileSync('tools/platform/services.json', 'utf8')) as {
    services: Array<{ name: string; databaseVariable: string | null }>;
  };
  return services
    .filter((service) => service.databaseVariable !== null)
    .map((service) => ({ database: required(service.databaseVariable!), services: [service.name], named: true }));
}

async function databasesLike(pattern: string): Promise<Target[]> {
  const admin = await openReadOnly('postgres');
  try {
    const rows: Array<{ datname: string }> = await admin.query(
      'SELECT datname FROM pg_database WHERE datname LIKE $1 AND datallowconn AND NOT datistemplate ORDER BY datname',
      [pattern],
    );
    return rows.map((row) => ({ database: row.datname, services: [], named: false }));
  } finally {
    await admin.destroy();
  }
}

async function databaseExists(database: string): Promise<boolean> {
  const admin = await openReadOnly('postgres');
  try {
    return (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])).length > 0;
  } finally {
    await admin.destroy();
  }
}

/** One database's verdict; undefined for a database found by pattern that keeps no audit log. */
async function verifyDatabase(
  target: Target,
  checkpoints: AuditCheckpointIndex,
  checkpointsRead: boolean,
): Promise<DatabaseVerdict | undefined> {
  const anchors = checkpoints.chainsOf(target.database);
  const services = target.services.length > 0 ? target.services : checkpoints.servicesOf(target.database);
  const missing = (): DatabaseVerdict | undefined => {
    if (!target.named) return undefined;
    // Nothing to walk: every chain ever checkpointed for it is gone.
    return {
      database: target.database,
      services,
      found: false,
      verification: new AuditChainWalk(anchors).finish(),
      checkpointsRead,
    };
  };
  if (!(await databaseExists(target.database))) return missing();
  const dataSource = await openReadOnly(target.database);
  try {
    const [table] = await dataSource.query(`SELECT to_regclass('public.audit_record') AS name`);
    if (!table?.name) return missing();
    const verification = await verifyAuditLog(dataSource.manager, { checkpoints: anchors });
    return { database: target.database, services, found: true, verification, checkpointsRead };
  } finally {
    await dataSource.destroy();
  }
}

async function main(): Promise<number> {
  let options: { database?: string[]; 'databases-like'?: string; 'no-checkpoints'?: boolean };
  try {
    ({ values: options } = parseArgs({
      options: {
        database: { type: 'string', multiple: true },
        'databases-like': { type: 'string' },
        'no-checkpoints': { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(`audit verify: ${(error as Error).message}\n${USAGE}`);
    return EXIT.failed;
  }
  configureRootLogger('audit-verify', 'error');

  const pattern = options['databases-like'];
  const targets: Target[] = [
    ...(options.database ?? []).map((database) => ({ database, services: [], named: true })),
    ...(pattern === undefined ? [] : await databasesLike(pattern)),
  ];
  if (options.database === undefined && pattern === undefined) targets.push(...serviceTargets());
  const unique = targets.filter((target, index) => targets.findIndex((other) => other.database === target.database) === index);

  const checkpointsRead = options['no-checkpoints'] !== true;
  let checkpoints = new AuditCheckpointIndex();
  if (checkpointsRead) {
    const read = await readAuditCheckpoints(createKafka('audit-verify', required('KAFKA_BROKERS').split(',')));
    checkpoints = read.checkpoints;
    if (!read.topicExists)
      console.log(`audit verify: warning: there is no ${auditCheckpointsTopic} topic: no service has checkpointed yet`);
    if (read.unreadable > 0)
      console.log(
        `audit verify: warning: ${read.unreadable} message(s) on ${auditCheckpointsTopic} are not checkpoints; ignored`,
      );
  } else {
    console.log('audit verify: checkpoints not read (--no-checkpoints): records removed from the end of a chain go unnoticed');
  }

  let verified = 0;
  let broken = 0;
  for (const target of unique) {
    const verdict = await verifyDatabase(target, checkpoints, checkpointsRead);
    if (!verdict) continue;
    verified += 1;
    if (verdict.verification.breaks.length > 0) broken += 1;
    for (const line of describeDatabase(verdict)) console.log(line);
  }
  console.log(
    broken > 0
      ? `audit verify: BROKEN: ${broken} of ${verified} database(s) have a broken audit chain`
      : `audit verify: ok: every audit chain of ${verified} database(s) is whole`,
  );
  return broken > 0 ? EXIT.broken : EXIT.ok;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`audit verify: could not verify: ${(error as Error)?.message ?? String(error)}`);
    process.exit(EXIT.failed);
  },
);
