/**
 * Where the integration tests find the real servers. `npm test` starts them with infra/up.sh and
 * exports these variables; a test run without them fails at once and says how to start them.
 */
export interface TestServers {
  pg: { host: string; port: number; user: string; password: string };
  kafkaBrokers: string[];
  redisUrl: string;
  keycloakUrl: string;
  oidcIssuer: string;
  oidcAudience: string;
}

const required = ['PGHOST', 'KAFKA_BROKERS', 'REDIS_URL', 'KEYCLOAK_URL', 'OIDC_ISSUER', 'OIDC_AUDIENCE'] as const;

export function testServers(env: NodeJS.ProcessEnv = process.env): TestServers {
  const missing = required.filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new Error(
      `integration tests need the real servers; ${missing.join(', ')} not set. ` +
        'Start them with `infra/up.sh` and run the tests with `npm test` (which exports the variables from .env.example).',
    );
  }
  return {
    pg: {
      host: env.PGHOST!,
      port: Number(env.PGPORT ?? 5432),
      user: env.PGUSER ?? 'postgres',
      password: env.PGPASSWORD ?? '',
    },
    kafkaBrokers: env.KAFKA_BROKERS!.split(','),
    redisUrl: env.REDIS_URL!,
    keycloakUrl: env.KEYCLOAK_URL!,
    oidcIssuer: env.OIDC_ISSUER!,
    oidcAudience: env.OIDC_AUDIENCE!,
  };
}
