import { ConfigError } from './config.error.js';
import { loadConfig, serviceSchema } from './load-config.js';

const valid = {
  KAFKA_BROKERS: '127.0.0.1:9092',
  REDIS_URL: 'redis://127.0.0.1:6379',
  OIDC_ISSUER: 'http://127.0.0.1:8080/realms/yhdessa',
  OIDC_AUDIENCE: 'yhdessa-api',
  PLAN_PORT: '3003',
  PLAN_DB: 'client_plan',
};
const schema = serviceSchema('PLAN_PORT', 'PLAN_DB');

describe('loadConfig', () => {
  it('parses a valid environment into typed values', () => {
    const config = loadConfig(schema, valid);
    expect(config.KAFKA_BROKERS).toEqual(['127.0.0.1:9092']);
    expect(config.PLAN_PORT).toBe(3003);
    expect(config.PGPORT).toBe(5432);
  });

  it('names a missing variable in one line', () => {
    const { OIDC_ISSUER: _dropped, ...env } = valid;
    expect(() => loadConfig(schema, env)).toThrow(new ConfigError('OIDC_ISSUER', 'is missing'));
  });

  it('names a bad variable without echoing its value', () => {
    let error: unknown;
    try {
      loadConfig(schema, { ...valid, KAFKA_BROKERS: 'secret-host' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe('KAFKA_BROKERS');
    expect((error as Error).message).not.toContain('secret-host');
    expect((error as Error).message.split('\n')).toHaveLength(1);
  });
});
