import { ConfigError } from '@yhdessa/platform';
import { loadGatewayConfig } from './gateway.config.js';

const valid = {
  KAFKA_BROKERS: '127.0.0.1:9092',
  REDIS_URL: 'redis://127.0.0.1:6379',
  OIDC_ISSUER: 'http://127.0.0.1:8080/realms/yhdessa',
  OIDC_AUDIENCE: 'yhdessa-api',
  GATEWAY_PORT: '3000',
};

describe('loadGatewayConfig', () => {
  it('reads its port and needs no database settings', () => {
    const config = loadGatewayConfig(valid);
    expect(config.GATEWAY_PORT).toBe(3000);
    expect(config).not.toHaveProperty('PGHOST');
  });

  it.each(['GATEWAY_PORT', 'KAFKA_BROKERS', 'REDIS_URL', 'OIDC_ISSUER'] as const)('names %s when it is missing', (variable) => {
    const env: NodeJS.ProcessEnv = { ...valid, [variable]: undefined };
    expect(() => loadGatewayConfig(env)).toThrow(new ConfigError(variable, 'is missing'));
  });

  it('refuses a port out of range, naming it', () => {
    expect(() => loadGatewayConfig({ ...valid, GATEWAY_PORT: '70000' })).toThrow(/^configuration: GATEWAY_PORT is invalid/);
  });
});
