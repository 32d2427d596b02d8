import 'reflect-metadata';
import { runService } from '@yhdessa/runtime';
import { loadGatewayConfig } from './gateway.config.js';
import { GatewayModule, gatewayMessaging, SERVICE_NAME } from './gateway.module.js';

await runService({
  name: SERVICE_NAME,
  loadConfig: loadGatewayConfig,
  port: (config) => config.GATEWAY_PORT,
  module: (config) => GatewayModule.forRoot(config),
  messaging: gatewayMessaging,
});
