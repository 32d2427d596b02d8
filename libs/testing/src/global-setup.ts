import { execFileSync } from 'node:child_process';
import { connect } from 'node:net';

/**
 * Before the integration tests: every real server must answer (their addresses come from the
 * environment, which `npm test` sets after starting them with infra/up.sh), and the code is
 * compiled, because some tests run services and the relay as processes of their own.
 */
export default async function globalSetup(): Promise<void> {
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
