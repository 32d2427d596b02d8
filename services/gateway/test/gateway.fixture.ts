import { startServiceFixture, type ServiceFixture, type ServiceFixtureOptions } from '@yhdessa/testing';
import { loadGatewayConfig, type GatewayConfig } from '../src/gateway.config.js';
import { GatewayModule, SERVICE_NAME } from '../src/gateway.module.js';

/** The gateway as it runs in production: no database and no consumer of its own. */
export function startGateway(options: Omit<ServiceFixtureOptions, 'database'> = {}): Promise<ServiceFixture<GatewayConfig>> {
  return startServiceFixture({ name: SERVICE_NAME, loadConfig: loadGatewayConfig, module: (config) => GatewayModule.forRoot(config) }, options);
}
