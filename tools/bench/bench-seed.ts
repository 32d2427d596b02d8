import { finnishDate } from '@yhdessa/platform';
import { claims, fetchToken, testServers, testServiceEnv } from '@yhdessa/testing';
import { migrateDatabase } from '@yhdessa/runtime';
import pg from 'pg';
import { loadCaseCoordinationConfig } from '../../services/case-coordination/src/case-coordination.config.js';
import { caseCoordinationMigrations } from '../../services/case-coordination/src/migrations/index.js';
import { caseloadLimitOn } from '../../services/case-coordination/src/worker/caseload.domain.js';
import {
  ensureSeed,
  openCasesPerWorker,
  seedUsernames,
  type SeedPeople,
  type SeedSpec,
  type SeedSummary,
} from './case-coordination-seed.js';

/** Raised whenever what the seed writes changes, so that databases seeded before are seeded again. */
const SEED_VERSION = 5;

/** The seed every benchmark shares, from the environment (the defaults are the 10,000-case seed). */
export interface BenchSeedOptions {
  /** BENCH_CASES_DB (yhdessa_bench_cases): the case-coordination database to fill. */
  database: string;
  /** BENCH_CASES (10000), BENCH_WORKERS (400), BENCH_TIMELINE_PER_CASE (50). */
  cases: number;
  workers: number;
  timelinePerCase: number;
  /** BENCH_FRESH=1: drop the database first (its audit log, append-only, otherwise grows by every run's reads). */
  fresh: boolean;
}

export const benchSeedOptions = (env: NodeJS.ProcessEnv = process.env): BenchSeedOptions => ({
  database: env.BENCH_CASES_DB ?? 'yhdessa_bench_cases',
  cases: Number(env.BENCH_CASES ?? 10_000),
  workers: Number(env.BENCH_WORKERS ?? 400),
  timelinePerCase: Number(env.BENCH_TIMELINE_PER_CASE ?? 50),
  fresh: env.BENCH_FRESH === '1',
});

/**
 * Makes `options.database` hold the seed: dropped first when fresh, case-coordination's migrations
 * applied, the demo users' ids and names taken from Keycloak, then `ensureSeed` (which finds a seed
 * of the same spec already there and leaves it). Refuses a spec that would put a worker past the
 * statutory caseload limit.
 */
export async function prepareBenchSeed(
  options: BenchSeedOptions,
  progress: (line: string) => void,
): Promise<{ spec: SeedSpec; summary: SeedSummary }> {
  const { database, cases, workers, timelinePerCase } = options;
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`not a database name: ${database}`);
  for (const [name, value] of Object.entries({ cases, workers, timelinePerCase })) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number above 0, not ${value}`);
  }
  const openPerWorker = Math.ceil(openCasesPerWorker(cases, workers));
  const caseloadLimit = caseloadLimitOn(finnishDate(new Date()));
  if (openPerWorker > caseloadLimit) {
    throw new Error(
      `${cases} cases over ${workers} workers gives ${openPerWorker} open cases a worker, past the statutory limit of ${caseloadLimit}: raise BENCH_WORKERS`,
    );
  }
  const servers = testServers();
  if (options.fresh) {
    const admin = new pg.Client({ ...servers.pg, database: 'postgres' });
    await admin.connect();
    progress(`dropping ${database}`);
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }
  progress(`migrating ${database}`);
  const config = loadCaseCoordinationConfig(testServiceEnv({ CASE_COORDINATION_DB: database }));
  await migrateDatabase(config, database, caseCoordinationMigrations);
  const people = Object.fromEntries(
    await Promise.all(
      Object.entries(seedUsernames).map(async ([part, username]) => {
        const { sub, name } = claims(await fetchToken(username));
        return [part, { userId: sub, displayName: name }] as const;
      }),
    ),
  ) as unknown as SeedPeople;
  const spec: SeedSpec = { version: SEED_VERSION, cases, workers, timelinePerCase, people };
  const client = new pg.Client({ ...servers.pg, database, application_name: 'bench-seed' });
  await client.connect();
  try {
    return { spec, summary: await ensureSeed(client, spec, progress) };
  } finally {
    await client.end();
  }
}
