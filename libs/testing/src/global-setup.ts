import { execFileSync } from 'node:child_process';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import type { StartedTestContainer } from 'testcontainers';

/**
 * Jest loads this file on its own, without the module mapper: it imports packages only.
 *
 * Before the integration tests: every real server must answer (their addresses come from the
 * environment, which `npm test` sets after starting them with infra/up.sh; with none set and a
 * Docker engine answering, Testcontainers starts them), the code is compiled, because some
 * tests run services and the relay as processes of their own, and the platform's topics exist.
 */
export default async function globalSetup(): Promise<void> {
  const addresses = ['PGHOST', 'KAFKA_BROKERS', 'REDIS_URL', 'KEYCLOAK_URL'];
  if (addresses.every((name) => !process.env[name])) {
    const containers = await startTestContainers().catch(() => undefined);
    if (containers) {
      Object.assign(process.env, containers.env, process.env);
      (globalThis as { stopTestContainers?: () => Promise<void> }).stopTestContainers = containers.stop;
    }
  }
  const servers: Array<[string, string | undefined]> = [
    ['PostgreSQL (PGHOST:PGPORT)', process.env.PGHOST && `${process.env.PGHOST}:${process.env.PGPORT ?? 5432}`],
    ['Kafka (KAFKA_BROKERS)', process.env.KAFKA_BROKERS?.split(',')[0]],
    ['Redis (REDIS_URL)', process.env.REDIS_URL && new URL(process.env.REDIS_URL).host],
    ['Keycloak (KEYCLOAK_URL)', process.env.KEYCLOAK_URL && new URL(process.env.KEYCLOAK_URL).host],
  ];
  const unreachable: string[] = [];
  for (const [name, address] of servers) {
    if (!address || !(await answers(address))) unreachable.push(`${name} at ${address ?? '(not set)'}`);
  }
  if (unreachable.length > 0) {
    throw new Error(
      `The integration tests need the real servers, and these do not answer: ${unreachable.join('; ')}. ` +
        'Start them with `infra/up.sh`, and run the tests with `npm test`, which sets the variables from .env.example.',
    );
  }
  execFileSync('node_modules/.bin/swc', ['services', 'libs', 'tools', '-d', 'dist', '--config-file', '.swcrc', '--quiet'], {
    stdio: 'inherit',
  });
  // Every topic exists before any test starts a service, as `./yhdessa up` does it (the broker creates none on its own).
  execFileSync(process.execPath, ['--disable-warning=TimeoutNegativeWarning', 'dist/tools/platform/create-topics.js'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

function answers(address: string): Promise<boolean> {
  const [host, port] = [address.slice(0, address.lastIndexOf(':')), Number(address.slice(address.lastIndexOf(':') + 1))];
  return new Promise<boolean>((resolve) => {
    const socket = connect({ host, port, timeout: 2_000 });
    const answer = (answered: boolean) => {
      socket.destroy();
      resolve(answered);
    };
    socket.once('connect', () => answer(true));
    socket.once('timeout', () => answer(false));
    socket.once('error', () => answer(false));
  });
}

/**
 * Where no server address is set but a Docker engine answers, the same four servers as
 * docker-compose.yml start in containers, on the default ports of .env.example (so the realm's
 * issuer and the advertised Kafka listener are the addresses the tests use).
 */
async function startTestContainers(): Promise<{ env: Record<string, string>; stop: () => Promise<void> }> {
  const { GenericContainer, Wait, getContainerRuntimeClient } = await import('testcontainers');
  await getContainerRuntimeClient(); // throws when no Docker engine answers
  const started: StartedTestContainer[] = [];
  const start = async (container: InstanceType<typeof GenericContainer>) => {
    const running = await container.start();
    started.push(running);
    return running;
  };
  await Promise.all([
    start(
      new GenericContainer('postgres:16')
        .withEnvironment({ POSTGRES_PASSWORD: 'postgres' })
        .withExposedPorts({ container: 5432, host: 5432 })
        .withWaitStrategy(Wait.forLogMessage(/database system is ready to accept connections/, 2)),
    ),
    start(
      new GenericContainer('redis:7')
        .withExposedPorts({ container: 6379, host: 6379 })
        .withCommand(['redis-server', '--save', '']),
    ),
    start(
      new GenericContainer('apache/kafka:4.4.0')
        .withEnvironment({
          KAFKA_NODE_ID: '1',
          KAFKA_PROCESS_ROLES: 'broker,controller',
          KAFKA_CONTROLLER_QUORUM_VOTERS: '1@localhost:9093',
          KAFKA_LISTENERS: 'PLAINTEXT://:9092,CONTROLLER://localhost:9093',
          KAFKA_ADVERTISED_LISTENERS: 'PLAINTEXT://127.0.0.1:9092',
          KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
          KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
          KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'false',
          KAFKA_NUM_PARTITIONS: '6',
          KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
          KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
          KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
          KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0',
        })
        .withExposedPorts({ container: 9092, host: 9092 })
        .withWaitStrategy(Wait.forLogMessage(/Kafka Server started/)),
    ),
    start(
      new GenericContainer('quay.io/keycloak/keycloak:26.7.3')
        .withEnvironment({
          KC_BOOTSTRAP_ADMIN_USERNAME: 'admin',
          KC_BOOTSTRAP_ADMIN_PASSWORD: 'admin',
          KC_HOSTNAME: 'http://127.0.0.1:8080',
        })
        .withCopyFilesToContainer([
          { source: resolve('infra/keycloak/realm-yhdessa.json'), target: '/opt/keycloak/data/import/realm-yhdessa.json' },
        ])
        .withCommand(['start-dev', '--import-realm'])
        .withExposedPorts({ container: 8080, host: 8080 })
        .withWaitStrategy(Wait.forHttp('/realms/yhdessa/.well-known/openid-configuration', 8080))
        .withStartupTimeout(180_000),
    ),
  ]);
  return {
    env: {
      PGHOST: '127.0.0.1',
      PGPORT: '5432',
      PGUSER: 'postgres',
      PGPASSWORD: 'postgres',
      KAFKA_BROKERS: '127.0.0.1:9092',
      REDIS_URL: 'redis://127.0.0.1:6379',
      KEYCLOAK_URL: 'http://127.0.0.1:8080',
      KEYCLOAK_REALM: 'yhdessa',
      OIDC_ISSUER: 'http://127.0.0.1:8080/realms/yhdessa',
      OIDC_AUDIENCE: 'yhdessa-api',
      KC_BOOTSTRAP_ADMIN_USERNAME: 'admin',
      KC_BOOTSTRAP_ADMIN_PASSWORD: 'admin',
    },
    stop: async () => {
      await Promise.all(started.map((container) => container.stop()));
    },
  };
}
