import { createServer } from 'node:net';
import { startServiceFixture, type ServiceFixture, type ServiceFixtureOptions } from '@yhdessa/testing';
import { loadGatewayConfig, type GatewayConfig } from '../src/gateway.config.js';
import type { ForwardedService } from '../src/forward/forwarded-services.js';
import { GatewayModule, gatewayMessaging, SERVICE_NAME } from '../src/gateway.module.js';
import { gatewayMigrations } from '../src/migrations/index.js';

/**
 * The ports a gateway under test listens on: Keycloak's web client has a redirect URI
 * (`http://127.0.0.1:<port>/auth/callback`) for each (infra/keycloak/realm-yhdessa.json), and takes
 * no other. Several test processes on one machine take different ones.
 */
export const GATEWAY_TEST_PORTS = Array.from({ length: 10 }, (_, index) => 3100 + index);

export interface GatewayOptions extends Omit<ServiceFixtureOptions, 'database' | 'port'> {
  /** Its own test database (inbox and care-team projection). */
  database: string;
  /** Where the services it forwards to answer (those not given point at a port where nothing listens). */
  services?: Partial<Record<ForwardedService, string>>;
}

export type GatewayUnderTest = ServiceFixture<GatewayConfig>;

/**
 * The gateway as it runs in production, on a test database and consumer group of its own, at
 * `http://127.0.0.1:<one of GATEWAY_TEST_PORTS>` (its public origin), signing in through the real
 * Keycloak. `env` overrides anything, e.g. `SESSION_IDLE_SECONDS` or `WEB_DIST_DIR`.
 */
export async function startGateway(options: GatewayOptions): Promise<GatewayUnderTest> {
  const nowhere = 'http://127.0.0.1:9';
  const services = options.services ?? {};
  for (let attempt = 0; ; attempt += 1) {
    const port = await freeTestPort();
    try {
      return await startServiceFixture(
        {
          name: SERVICE_NAME,
          loadConfig: loadGatewayConfig,
          module: (config) => GatewayModule.forRoot(config),
          messaging: gatewayMessaging,
          migrations: gatewayMigrations,
        },
        {
          database: options.database,
          clock: options.clock,
          port,
          env: {
            GATEWAY_PORT: String(port),
            GATEWAY_PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
            CASE_COORDINATION_URL: services['case-coordination'] ?? nowhere,
            ASSESSMENT_URL: services.assessment ?? nowhere,
            CLIENT_PLAN_URL: services['client-plan'] ?? nowhere,
            CONSULTATION_BOOKING_URL: services['consultation-booking'] ?? nowhere,
            ...options.env,
          },
        },
      );
    } catch (error) {
      // Another process took the port between the check and the listen: try the next free one.
      if ((error as { code?: string }).code !== 'EADDRINUSE' || attempt >= 5) throw error;
    }
  }
}

async function freeTestPort(): Promise<number> {
  for (const port of GATEWAY_TEST_PORTS) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free gateway test port among ${GATEWAY_TEST_PORTS.join(', ')} (each needs a redirect URI in the realm)`);
}
