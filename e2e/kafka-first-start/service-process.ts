import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { expectEventually, testServers, type Answer, type ListedService } from '@yhdessa/testing';
import { DataSource } from 'typeorm';

/** A service running as `./yhdessa up` runs it: its compiled `main.js` in a process of its own. */
export interface StartedService {
  name: string;
  url: string;
  /** Resolves once `/health/ready` answers 200; fails if the process exits first. */
  ready(timeoutMs: number): Promise<void>;
  /** null while the process runs. */
  exitCode(): number | null;
  /** Everything the process wrote so far (JSON log lines). */
  output(): string;
  call(method: string, path: string, token: string, body?: unknown): Promise<Answer>;
  /** A query on the service's own database (to see what its projections hold). */
  query(sql: string, parameters?: unknown[]): Promise<unknown[]>;
  /** SIGTERM; the exit code. */
  stop(): Promise<number | null>;
}

/** Migrates the service's test database (as `migrate-all` does), then starts `dist/services/<name>/src/main.js`. */
export async function startServiceProcess(
  service: ListedService,
  database: string,
  env: Record<string, string>,
): Promise<StartedService> {
  const port = await freePort();
  const processEnv = { ...process.env, [service.databaseVariable!]: database, [service.portVariable]: String(port), ...env };
  const migrate = spawn(process.execPath, [`dist/services/${service.name}/src/migrate.js`], {
    env: processEnv,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const [migrated] = (await once(migrate, 'exit')) as [number | null];
  if (migrated !== 0) throw new Error(`${service.name}: migrations of ${database} failed`);

  const child: ChildProcess = spawn(
    process.execPath,
    ['--disable-warning=TimeoutNegativeWarning', `dist/services/${service.name}/src/main.js`],
    {
      env: processEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const { pg } = testServers();
  let dataSource: DataSource | undefined;
  const url = `http://127.0.0.1:${port}`;

  return {
    name: service.name,
    url,
    async ready(timeoutMs) {
      await expectEventually(
        async () => {
          if (child.exitCode !== null) throw new Error(`${service.name} exited with ${child.exitCode}:\n${output.slice(-3_000)}`);
          expect((await fetch(`${url}/health/ready`).catch(() => undefined))?.status).toBe(200);
        },
        timeoutMs,
        250,
      ).catch((error: Error) => {
        throw new Error(`${service.name} did not become ready: ${error.message}\n${output.slice(-3_000)}`);
      });
    },
    exitCode: () => child.exitCode,
    output: () => output,
    async call(method, path, token, body) {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, type: response.headers.get('content-type'), body: text ? JSON.parse(text) : undefined };
    },
    async query(sql, parameters = []) {
      dataSource ??= await new DataSource({
        type: 'postgres',
        host: pg.host,
        port: pg.port,
        username: pg.user,
        password: pg.password,
        database,
      }).initialize();
      return dataSource.query(sql, parameters);
    },
    async stop() {
      await dataSource?.destroy();
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      const [code] = (await exited) as [number | null];
      clearTimeout(timer);
      return code;
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}
