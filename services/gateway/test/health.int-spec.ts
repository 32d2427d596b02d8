import { describeServiceHealth } from '@yhdessa/testing';
import { SERVICE_NAME } from '../src/gateway.module.js';
import { startGateway } from './gateway.fixture.js';

describeServiceHealth(SERVICE_NAME, (env) => startGateway({ database: 'yhdessa_test_gateway_health', env }));
