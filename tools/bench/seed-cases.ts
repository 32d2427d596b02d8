import 'reflect-metadata';
import { configureRootLogger } from '@yhdessa/platform';
import { benchSeedOptions, prepareBenchSeed } from './bench-seed.js';

/**
 * `npm run seed:cases`: fills a case-coordination database with the benchmarks' seed (10,000 cases
 * by default; what it holds and which of the service's rules it keeps: case-coordination-seed.ts) and
 * prints what it holds. A database that holds the same seed already is left as it is, so a benchmark
 * that calls the same `prepareBenchSeed` after it starts at once.
 *   BENCH_CASES_DB (yhdessa_bench_cases)   the database; BENCH_FRESH=1 drops it first
 *   BENCH_CASES (10000), BENCH_WORKERS (400), BENCH_TIMELINE_PER_CASE (50)
 */
configureRootLogger('seed-cases', 'warn');
const options = benchSeedOptions();
const { spec, summary } = await prepareBenchSeed(options, (line) => process.stderr.write(`seed:cases ${line}\n`));
process.stdout.write(
  `${JSON.stringify({ database: options.database, people: spec.people, timelinePerCase: spec.timelinePerCase, ...summary }, null, 2)}\n`,
);
