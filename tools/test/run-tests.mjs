// `npm test`: every check, against the real servers.
// 1. start the servers (infra/up.sh is idempotent: what runs is left running);
// 2. type-check (the web app with its own DOM/JSX settings) and lint (module boundaries included); check the
//    web app's generated API client against the OpenAPI documents and build it into dist/web, which the
//    gateway serves to the browser tests;
// 3. Jest: unit specs, then integration tests in one process at a time (they share the servers,
//    and one of them restarts Kafka), results written to reports/jest-results.json;
// 4. after integration tests, `audit verify` over the test databases (`yhdessa_test_*`): every audit
//    chain whole and not behind its checkpoint, or the run fails;
// 5. one closing line, `tests: N passed, M failed`, read from Jest's JSON results.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `Node ${process.versions.node} is too old: run through npm after \`npm ci\` (node_modules/.bin/node is Node 24).`,
  );
  process.exit(1);
}

process.env.LOG_LEVEL ??= 'error';

function step(name, command, args, env = process.env) {
  console.log(`\n== ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status ?? 1;
}

const jestArgs = process.argv.slice(2);
let failedChecks = 0;
if (step('servers', 'bash', ['infra/up.sh']) !== 0) {
  console.error('The servers did not come up; see above. Nothing was tested.');
  console.log('tests: 0 passed, 0 failed');
  process.exit(1);
}
failedChecks += step('typecheck', 'tsc', ['-p', 'tsconfig.json']) === 0 ? 0 : 1;
failedChecks += step('typecheck (web)', 'tsc', ['-p', 'apps/web/tsconfig.json']) === 0 ? 0 : 1;
// The module-boundary rule reads Nx's project graph and silently skips without one: compute it first.
failedChecks += step('project graph', 'nx', ['show', 'projects'], { ...process.env, NX_DAEMON: 'false' }) === 0 ? 0 : 1;
failedChecks += step('lint', 'eslint', ['services', 'libs', 'tools', 'e2e', 'apps']) === 0 ? 0 : 1;
failedChecks +=
  step('format (Prettier; `npm run format` fixes it)', 'prettier', ['--check', '--log-level', 'warn', '**/*.{ts,tsx,js,mjs}']) ===
  0
    ? 0
    : 1;
failedChecks +=
  step('web client (generated from docs/openapi, up to date)', 'npm', ['run', '--silent', 'web:client:check']) === 0 ? 0 : 1;
failedChecks += step('web build (dist/web)', 'npm', ['run', '--silent', 'web:build']) === 0 ? 0 : 1;

mkdirSync('reports', { recursive: true });
const resultsFile = 'reports/jest-results.json';
rmSync(resultsFile, { force: true });
const jestStatus = await runJest(['--ci', '--runInBand', '--logHeapUsage', '--json', `--outputFile=${resultsFile}`, ...jestArgs]);

/**
 * Jest, with a watchdog: once it has written its results it gets 30 s to exit. A client a test
 * forgot to close must not hold CI until its time runs out; it is reported, and the results decide.
 */
function runJest(args) {
  console.log('\n== jest');
  const child = spawn('jest', args, {
    stdio: 'inherit',
    env: {
      ...process.env,
      // Every suite runs in this one process and its heap grows from suite to suite (`--logHeapUsage`
      // prints it beside each); V8's default limit of about 4 GB was reached near the end of a full run,
      // after minutes of back-to-back full collections.
      NODE_OPTIONS:
        `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings=ExperimentalWarning --max-old-space-size=12288`.trim(),
    },
  });
  return new Promise((resolve) => {
    let watchdog;
    const poll = setInterval(() => {
      if (!watchdog && existsSync(resultsFile)) {
        watchdog = setTimeout(() => {
          console.log('Jest did not exit 30 s after writing its results (an open handle); stopping it. The results decide.');
          child.kill('SIGKILL');
        }, 30_000);
      }
    }, 1_000);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      clearTimeout(watchdog);
      if (signal === 'SIGKILL' && existsSync(resultsFile)) resolve(JSON.parse(readFileSync(resultsFile, 'utf8')).success ? 0 : 1);
      else resolve(code ?? 1);
    });
  });
}

let passed = 0;
let failed = 0;
let ranIntegration = false;
if (existsSync(resultsFile)) {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
  ranIntegration = results.testResults.some((result) => result.name.endsWith('.int-spec.ts'));
}

// The audit logs the integration tests wrote, held against the checkpoints their services published
// (the global setup compiled dist/). Tests that change audit records for real do so in databases of
// their own, outside this pattern, and drop them.
let auditBroken = false;
if (ranIntegration) {
  const verify = [
    '--disable-warning=TimeoutNegativeWarning',
    'dist/tools/audit/verify.js',
    '--databases-like',
    'yhdessa\\_test\\_%',
  ];
  auditBroken = step('audit verify (test databases)', process.execPath, verify) !== 0;
} else {
  console.log('\n== audit verify: skipped, no integration test ran');
}

if (failedChecks > 0) console.log(`\n${failedChecks} check(s) before Jest failed (typecheck or lint).`);
if (auditBroken)
  console.log('\nThe audit log of a test database is not whole, or could not be verified (see "audit verify" above).');
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(jestStatus !== 0 || failedChecks > 0 || auditBroken || passed === 0 ? 1 : 0);
