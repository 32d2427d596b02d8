import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { topics } from '@yhdessa/contracts';
import { ConfigError } from '@yhdessa/platform';
import { serviceList, SERVICE_LIST_PATH, topicPublishers, type ListedService } from '@yhdessa/testing';

// tools/platform/services.json is the one list of the platform's services. Scripts read it; the
// places that cannot (TypeScript's typed configuration, .env.example's values, the README) must
// agree with it. docker-compose.yml is checked by its own test.

const services = serviceList();
const names = services.map((service) => service.name);
const withDatabase = services.filter((service) => service.databaseVariable !== null);

function readEnvFile(path: string): Record<string, string> {
  const entries = readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line.trim()))
    .filter((match) => match !== null)
    .map((match) => [match[1]!, match[2]!] as const);
  return Object.fromEntries(entries);
}
const envExample = readEnvFile('.env.example');

describe('the service list', () => {
  it('names each service, port variable, database variable and published topic once', () => {
    const distinct = (values: Array<string | null>) =>
      values.filter((value) => value !== null).length === new Set(values.filter((value) => value !== null)).size;
    expect(distinct(names)).toBe(true);
    expect(distinct(services.map((service) => service.portVariable))).toBe(true);
    expect(distinct(services.map((service) => service.databaseVariable))).toBe(true);
    expect(distinct(services.map((service) => service.publishes))).toBe(true);
  });

  it('is every project under services/', () => {
    expect(readdirSync('services').sort()).toEqual([...names].sort());
    for (const name of names) {
      expect(JSON.parse(readFileSync(`services/${name}/project.json`, 'utf8')).name).toBe(name);
    }
  });

  it('gives every topic of the event catalog exactly one publisher, and lists no other topic', () => {
    expect(() => topicPublishers(Object.values(topics))).not.toThrow();
    const published = services.map((service) => service.publishes).filter((topic) => topic !== null);
    expect(published.sort()).toEqual(Object.values(topics).sort());
  });
});

describe.each(services.map((service) => [service.name, service] as const))('%s', (name, service: ListedService) => {
  const source = `services/${name}/src`;
  // Every service is laid out the same way; see case-coordination for one with features.
  const ownFiles = [
    `${source}/main.ts`,
    `${source}/${name}.module.ts`,
    `${source}/${name}.config.ts`,
    `${source}/${name}.config.spec.ts`,
    `services/${name}/test/${name}.fixture.ts`,
    `services/${name}/test/health.int-spec.ts`,
  ];
  const databaseFiles = [`${source}/migrate.ts`, `${source}/migrations/index.ts`];

  it('is laid out as every service is: config with its spec, module, main, a test fixture and a health test; migrations when it keeps a database', () => {
    expect(ownFiles.filter((file) => !existsSync(file))).toEqual([]);
    expect(databaseFiles.map((file) => existsSync(file))).toEqual(databaseFiles.map(() => service.databaseVariable !== null));
  });

  it('calls itself by its listed name, publishes to its listed topic and reads its listed variables', async () => {
    const serviceModule: Record<string, unknown> = await import(`../../services/${name}/src/${name}.module.js`);
    const configModule: Record<string, unknown> = await import(`../../services/${name}/src/${name}.config.js`);
    expect(serviceModule.SERVICE_NAME).toBe(name);
    const [, loadConfig] = Object.entries(configModule).find(
      ([key, value]) => /^load\w*Config$/.test(key) && typeof value === 'function',
    ) as [string, (env: NodeJS.ProcessEnv) => Record<string, unknown>];
    const config = loadConfig(envExample);
    expect(config[service.portVariable]).toBe(Number(envExample[service.portVariable]));
    expect(() => loadConfig({ ...envExample, [service.portVariable]: undefined })).toThrow(
      new ConfigError(service.portVariable, 'is missing'),
    );
    if (service.databaseVariable) {
      expect(config[service.databaseVariable]).toBe(envExample[service.databaseVariable]);
      expect(() => loadConfig({ ...envExample, [service.databaseVariable!]: undefined })).toThrow(
        new ConfigError(service.databaseVariable, 'is missing'),
      );
    }
    const messaging = Object.entries(serviceModule).find(([key]) => /Messaging$/.test(key))?.[1] as
      ((config: unknown) => { service: string; publishesTo: string[] }) | undefined;
    if (service.publishes) {
      expect(messaging?.(config)).toMatchObject({ service: name, publishesTo: [service.publishes] });
    } else {
      // A service that publishes nothing may still consume (the gateway's live updates).
      expect(messaging?.(config).publishesTo ?? []).toEqual([]);
    }
  });
});

describe('.env.example', () => {
  it('gives every service a port of its own and every service with a database its database name', () => {
    const ports = services.map((service) => envExample[service.portVariable]);
    expect(ports.every((port) => /^\d+$/.test(port ?? ''))).toBe(true);
    expect(new Set(ports).size).toBe(services.length);
    expect(withDatabase.filter((service) => !/^[a-z_][a-z0-9_]*$/.test(envExample[service.databaseVariable!] ?? ''))).toEqual([]);
  });

  it('has no port, database or address of a service that is not listed', () => {
    const servers = new Set(['KAFKA_CONTROLLER', 'KEYCLOAK_MANAGEMENT', 'KEYCLOAK', 'REDIS']);
    const prefixes = new Set(services.map((service) => service.portVariable.replace(/_PORT$/, '')));
    const strays = Object.keys(envExample).filter((key) => {
      const prefix = /^([A-Z][A-Z0-9_]*)_(PORT|DB|URL)$/.exec(key)?.[1];
      return prefix !== undefined && !servers.has(prefix) && !prefixes.has(prefix);
    });
    expect(strays).toEqual([]);
  });
});

describe('README.md', () => {
  it("lists the services in the list's order, on their .env.example ports", () => {
    const rows = [...readFileSync('README.md', 'utf8').matchAll(/^\| `([a-z-]+)` \| (\d+) \|/gm)].map(([, name, port]) => [
      name,
      port,
    ]);
    expect(rows).toEqual(services.map((service) => [service.name, envExample[service.portVariable]]));
  });
});

describe('scripts read the list instead of keeping a copy', () => {
  const scripts = ['yhdessa', ...findFiles('infra', /\.sh$/), ...findFiles('tools', /\.(mjs|sh)$/)];

  it.each(scripts)('%s names at most one service', (script) => {
    const text = readFileSync(script, 'utf8');
    const named = services.filter((service) =>
      [service.name, service.portVariable, service.databaseVariable].some(
        (word) => word !== null && new RegExp(`(?<![\\w-])${word}(?![\\w-])`).test(text),
      ),
    );
    expect(named.map((service) => service.name).length).toBeLessThanOrEqual(1);
  });

  it('infra/lib.sh gives bash the services and their fields', () => {
    const bash = (command: string) => execFileSync('bash', ['-c', `source infra/lib.sh && ${command}`], { encoding: 'utf8' });
    expect(bash('service_list name').trim().split('\n')).toEqual(names);
    expect(bash('service_list databaseVariable').trim().split('\n')).toEqual(
      withDatabase.map((service) => service.databaseVariable),
    );
    expect(bash(`service_field ${names[0]} portVariable`).trim()).toBe(services[0]!.portVariable);
  });

  describe('with stand-ins for what they run', () => {
    let scratch: string;
    beforeEach(() => {
      scratch = mkdtempSync(join(tmpdir(), 'yhdessa-services-'));
    });
    afterEach(() => rmSync(scratch, { recursive: true, force: true }));

    it("the container's postgres-init.sh creates one database per service that keeps one", () => {
      const log = join(scratch, 'psql.log');
      writeFileSync(join(scratch, 'psql'), `#!/bin/sh\nfor arg; do last=$arg; done\necho "$last" >> '${log}'\n`);
      chmodSync(join(scratch, 'psql'), 0o755);
      const databases = Object.fromEntries(
        withDatabase.map((service) => [service.databaseVariable!, `db_${service.name.replace(/-/g, '_')}`]),
      );
      execFileSync('bash', ['infra/docker/postgres-init.sh'], {
        env: {
          PATH: `${scratch}:${process.env.PATH}`,
          POSTGRES_USER: 'postgres',
          YHDESSA_SERVICES_JSON: resolve(SERVICE_LIST_PATH),
          ...databases,
        },
        stdio: 'ignore',
      });
      expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual(
        Object.values(databases).map((db) => `CREATE DATABASE "${db}"`),
      );
    });

    it('migrate-all.mjs runs the migrations of every service that keeps a database, in order', () => {
      for (const { name } of services) {
        mkdirSync(join(scratch, `dist/services/${name}/src`), { recursive: true });
        writeFileSync(join(scratch, `dist/services/${name}/src/migrate.js`), `console.log(${JSON.stringify(name)});\n`);
      }
      const output = execFileSync(process.execPath, [resolve('tools/platform/migrate-all.mjs')], {
        cwd: scratch,
        encoding: 'utf8',
      });
      expect(output.trim().split('\n')).toEqual(withDatabase.map((service) => service.name));
    });
  });
});

function findFiles(directory: string, pattern: RegExp): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((path) => pattern.test(path))
    .map((path) => join(directory, path));
}
