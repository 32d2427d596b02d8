import { migrateDatabase } from '@yhdessa/runtime';
import { loadGatewayConfig } from './gateway.config.js';
import { gatewayMigrations } from './migrations/index.js';

const config = loadGatewayConfig();
await migrateDatabase(config, config.GATEWAY_DB, gatewayMigrations);
