import { ConfigError } from '@yhdessa/platform';
import { loadGatewayConfig, serviceUrls } from './gateway.config.js';

const valid = {
  KAFKA_BROKERS: '127.0.0.1:9092',
  REDIS_URL: 'redis://127.0.0.1:6379',
  OIDC_ISSUER: 'http://127.0.0.1:8080/realms/yhdessa',
  OIDC_AUDIENCE: 'yhdessa-api',
  OIDC_CLIENT_SECRET: 'secret',
  PEOPLE_DIRECTORY_CLIENT_SECRET: 'directory-secret',
  GATEWAY_PORT: '3000',
  GATEWAY_DB: 'gateway',
  GATEWAY_PUBLIC_ORIGIN: 'http://127.0.0.1:3000/',
  CASE_COORDINATION_URL: 'http://127.0.0.1:3001',
  ASSESSMENT_URL: 'http://127.0.0.1:3002',
  CLIENT_PLAN_URL: 'http://127.0.0.1:3003',
  CONSULTATION_BOOKING_URL: 'http://127.0.0.1:3004/',
};

describe('loadGatewayConfig', () => {
  it('reads its port, its database, its sign-in client and the services it forwards to', () => {
    const config = loadGatewayConfig(valid);
    expect(config).toMatchObject({
      GATEWAY_PORT: 3000,
      GATEWAY_DB: 'gateway',
      OIDC_CLIENT_ID: 'yhdessa-web',
      PEOPLE_DIRECTORY_CLIENT_ID: 'yhdessa-people-directory',
      GATEWAY_PUBLIC_ORIGIN: 'http://127.0.0.1:3000',
    });
    expect(serviceUrls(config)).toEqual({
      'case-coordination': 'http://127.0.0.1:3001',
      assessment: 'http://127.0.0.1:3002',
      'client-plan': 'http://127.0.0.1:3003',
      'consultation-booking': 'http://127.0.0.1:3004',
    });
  });

  it('ends a session after 30 minutes idle and 10 hours in all, unless told otherwise', () => {
    expect(loadGatewayConfig(valid)).toMatchObject({
      SESSION_IDLE_SECONDS: 1800,
      SESSION_MAX_SECONDS: 36_000,
      WEB_DIST_DIR: 'dist/web',
    });
    expect(loadGatewayConfig({ ...valid, SESSION_IDLE_SECONDS: '5' }).SESSION_IDLE_SECONDS).toBe(5);
  });

  it.each([
    'GATEWAY_PORT',
    'GATEWAY_DB',
    'KAFKA_BROKERS',
    'REDIS_URL',
    'OIDC_ISSUER',
    'OIDC_CLIENT_SECRET',
    'PEOPLE_DIRECTORY_CLIENT_SECRET',
    'GATEWAY_PUBLIC_ORIGIN',
    'CASE_COORDINATION_URL',
  ] as const)('names %s when it is missing', (variable) => {
    const env: NodeJS.ProcessEnv = { ...valid, [variable]: undefined };
    expect(() => loadGatewayConfig(env)).toThrow(new ConfigError(variable, 'is missing'));
  });

  it('refuses a port out of range and an address that is not http(s), naming them', () => {
    expect(() => loadGatewayConfig({ ...valid, GATEWAY_PORT: '70000' })).toThrow(/^configuration: GATEWAY_PORT is invalid/);
    expect(() => loadGatewayConfig({ ...valid, ASSESSMENT_URL: 'ftp://x' })).toThrow(/^configuration: ASSESSMENT_URL is invalid/);
  });
});
