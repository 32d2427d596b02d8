import 'reflect-metadata';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { configureRootLogger } from '@yhdessa/platform';
import { claims, fetchToken, testServers } from '@yhdessa/testing';
import pg from 'pg';
import { chromium, type Page, type Request } from 'playwright-core';
import { startCaseCoordination } from '../../services/case-coordination/test/case-coordination.fixture.js';
import { startGateway } from '../../services/gateway/test/gateway.fixture.js';
import { benchSeedOptions, prepareBenchSeed } from './bench-seed.js';
import { percentiles } from './latency-stats.js';
import { apiCallsOf, caseOnPage, caseSectionTitles, type ApiCall, type CaseExpectation } from './case-page-visible.js';

/**
 * `npm run bench:case-page`: how long the case page takes, in a real browser, from navigation to the
 * case's data on the screen, on the 10,000-case seed (bench-seed.ts). case-coordination and the
 * gateway (serving the built web app, dist/web) start in this process on the seeded database; Chromium
 * (playwright-core, /usr/bin/chromium) signs in as sari.virtanen through Keycloak's login page, then
 * opens each of her seeded cases' pages BENCH_PAGE_ROUNDS times (a full navigation each time, the
 * app's files from the browser's cache as a returning user has them). Each is timed from the start of
 * the navigation (the document's time origin) to the first animation frame in which the child's name,
 * every care-team member, every deadline and every timeline entry the service returns are on the page
 * and no part is still loading (case-page-visible.ts). Budget: 1 s. Also reports when each API call
 * started and ended within the navigation, the waterfall the time is made of.
 *   BENCH_PAGE_ROUNDS (2), BENCH_PAGE_WARMUP (3)   rounds over the cases; navigations not counted first
 *   the seed's own variables (BENCH_CASES_DB, BENCH_CASES, …: bench-seed.ts)
 * Writes reports/bench-case-page.json; exits 1 over budget.
 */
const BUDGET_MS = 1_000;
const ROUNDS = Number(process.env.BENCH_PAGE_ROUNDS ?? 2);
const WARMUP = Number(process.env.BENCH_PAGE_WARMUP ?? 3);
const USERNAME = 'sari.virtanen';
const CHROMIUM = '/usr/bin/chromium';

const progress = (line: string) => process.stderr.write(`bench:case-page ${line}\n`);
configureRootLogger('bench', 'error');
if (!existsSync('dist/web/index.html')) throw new Error('The web app is not built (no dist/web/index.html): npm run web:build');
if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium`);

const seedOptions = benchSeedOptions();
const { summary: seed } = await prepareBenchSeed(seedOptions, progress);
progress(`seed: ${JSON.stringify(seed)}`);

const db = new pg.Client({ ...testServers().pg, database: seedOptions.database, application_name: 'bench-case-page' });
await db.connect();
const sari = claims(await fetchToken(USERNAME)).sub;
const expectations = await casesOf(db, sari);
progress(`${expectations.length} cases of ${USERNAME}, ${ROUNDS} rounds`);

progress('starting case-coordination and the gateway');
const caseCoordination = await startCaseCoordination(seedOptions.database);
const gateway = await startGateway({
  database: `${seedOptions.database}_gateway`,
  services: { 'case-coordination': caseCoordination.url },
});
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
});
const context = await browser.newContext({
  locale: 'fi-FI',
  timezoneId: 'Europe/Helsinki',
  viewport: { width: 1280, height: 900 },
});
const page = await context.newPage();
page.setDefaultTimeout(15_000);
const pageErrors: string[] = [];
page.on('pageerror', (error) => pageErrors.push(error.message));
await signIn(page, gateway.url, USERNAME);

interface Navigation {
  caseId: string;
  ms: number;
  calls: ApiCall[];
}

async function open(expectation: CaseExpectation): Promise<Navigation> {
  const finished: Request[] = [];
  const onFinished = (request: Request) => void finished.push(request);
  page.on('requestfinished', onFinished);
  await page.goto(`${gateway.url}/cases/${expectation.caseId}`, { waitUntil: 'commit' });
  const visible = await page
    .waitForFunction(caseOnPage, { ...expectation, titles: caseSectionTitles }, { polling: 'raf', timeout: 15_000 })
    .catch(async (error: unknown) => {
      const shown = await page.evaluate<string[]>(
        "Array.from(document.querySelectorAll('h1, h2, section li')).map((node) => node.tagName + ': ' + (node.textContent ?? '').slice(0, 80))",
      );
      throw new Error(
        `case ${expectation.caseId} never showed ${JSON.stringify(expectation)}; the page: ${shown.join(' | ')}; its errors: ${pageErrors.join(' | ')}`,
        {
          cause: error,
        },
      );
    });
  const ms = (await visible.jsonValue()) as number;
  const timeOrigin = await page.evaluate(() => performance.timeOrigin);
  page.off('requestfinished', onFinished);
  return { caseId: expectation.caseId, ms, calls: apiCallsOf(finished, timeOrigin) };
}

for (let index = 0; index < WARMUP; index += 1) await open(expectations[index % expectations.length]!);
const navigations: Navigation[] = [];
for (let round = 0; round < ROUNDS; round += 1) {
  for (const expectation of expectations) navigations.push(await open(expectation));
  progress(`round ${round + 1}: ${navigations.length} navigations`);
}

const times = navigations.map((navigation) => navigation.ms);
const { p50, p95, p100 } = percentiles(times, [50, 95, 100]);
/** Each API route's median start and end within the navigation: the page's waterfall. */
const byRoute = new Map<string, { starts: number[]; ends: number[] }>();
for (const call of navigations.flatMap((navigation) => navigation.calls)) {
  const route = byRoute.get(call.route) ?? byRoute.set(call.route, { starts: [], ends: [] }).get(call.route)!;
  route.starts.push(call.startMs);
  route.ends.push(call.endMs);
}
const waterfall = [...byRoute]
  .map(([route, { starts, ends }]) => ({
    route,
    calls: starts.length,
    startMs: percentiles(starts, [50]).p50!,
    endMs: percentiles(ends, [50]).p50!,
  }))
  .sort((a, b) => a.startMs - b.startMs);
const report = {
  machine: {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.versions.node,
    chromium: browser.version(),
    loadAverageAtEnd: loadavg().map((value) => Number(value.toFixed(2))),
  },
  setup: {
    stack:
      'case-coordination and the gateway (serving dist/web) in this process, Chromium headless in its own, real Keycloak sign-in',
    user: USERNAME,
    database: seedOptions.database,
    seed,
    cases: expectations.length,
    rounds: ROUNDS,
    warmupNavigations: WARMUP,
    measured:
      "navigation start → first frame with the child's name, every care-team member, deadline and timeline entry on the page, nothing loading",
  },
  budgetMs: BUDGET_MS,
  navigations: navigations.length,
  latencyMs: { p50: p50!, p95: p95!, max: p100! },
  withinBudget: p100! <= BUDGET_MS,
  waterfallMedianMs: waterfall,
};
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench-case-page.json', `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
progress(
  `case page, ${navigations.length} navigations: median ${p50} ms, p95 ${p95} ms, max ${p100} ms; budget ${BUDGET_MS} ms: ${report.withinBudget ? 'within' : 'OVER'}`,
);
await browser.close();
await db.end();
await gateway.close();
await caseCoordination.close();
process.exit(report.withinBudget ? 0 : 1);

/** As a person signs in: the app's button, Keycloak's own login page, and back. */
async function signIn(page: Page, url: string, username: string): Promise<void> {
  await page.goto(`${url}/`);
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await page.waitForURL((target) => target.href.startsWith(testServers().keycloakUrl));
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('demo');
  await page.locator('#kc-login').click();
  await page.waitForURL((target) => target.href.startsWith(url) && !target.pathname.startsWith('/auth/'));
}

/** The worker's seeded cases and what each page must show her (she sees every part of a case she is responsible for). */
async function casesOf(client: pg.Client, userId: string): Promise<CaseExpectation[]> {
  const { rows } = await client.query<CaseExpectation>(
    `SELECT c.id AS "caseId", c.child_name AS child,
            (SELECT array_agg(m.display_name) FROM case_care_team_member m WHERE m.case_id = c.id AND m.removed_at IS NULL) AS members,
            (SELECT count(*)::int FROM case_deadline d WHERE d.case_id = c.id) AS deadlines,
            (SELECT count(*)::int FROM case_timeline_entry t WHERE t.case_id = c.id) AS "timelineEntries"
     FROM child_case c
     WHERE c.responsible_worker_id = $1 AND c.notifier_name LIKE 'Notifier %'
     ORDER BY c.id`,
    [userId],
  );
  return rows;
}
