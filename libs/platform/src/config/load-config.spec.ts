import { z } from 'zod';
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

  it('connects the service as its own role when its database names one, and as PGUSER otherwise', () => {
    const withRole = loadConfig(schema, {
      ...valid,
      PGUSER: 'postgres',
      PLAN_DB_USER: 'yhdessa_plan',
      PLAN_DB_PASSWORD: 'secret',
    });
    expect(withRole.databaseRole).toEqual({ user: 'yhdessa_plan', password: 'secret' });
    expect(withRole.PGUSER).toBe('postgres');
    expect(loadConfig(schema, { ...valid, PLAN_DB_USER: 'yhdessa_plan' }).databaseRole).toEqual({
      user: 'yhdessa_plan',
      password: '',
    });
    expect(loadConfig(schema, { ...valid, PGUSER: 'owner', PGPASSWORD: 'pw' }).databaseRole).toEqual({
      user: 'owner',
      password: 'pw',
    });
  });

  it('keeps the role when a service extends the schema with settings of its own', () => {
    const extended = schema.extend({ PLAN_REVIEW_MONTHS: z.coerce.number().default(12) });
    expect(loadConfig(extended, { ...valid, PLAN_DB_USER: 'yhdessa_plan' }).databaseRole.user).toBe('yhdessa_plan');
  });

  it.each([
    ['PLAN_DB_USER', 'Robert"); DROP'],
    ['AUDIT_CHECKPOINT_INTERVAL_MS', '60s'],
    ['AUDIT_CHECKPOINT_INTERVAL_MS', '10'],
  ])('refuses %s=%s, naming it', (variable, value) => {
    expect(() => loadConfig(schema, { ...valid, [variable]: value })).toThrow(expect.objectContaining({ variable }));
  });

  it('checkpoints the audit chains every minute unless told otherwise', () => {
    expect(loadConfig(schema, valid).AUDIT_CHECKPOINT_INTERVAL_MS).toBe(60_000);
    expect(loadConfig(schema, { ...valid, AUDIT_CHECKPOINT_INTERVAL_MS: '500' }).AUDIT_CHECKPOINT_INTERVAL_MS).toBe(500);
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

  it('listens on loopback unless LISTEN_HOST says otherwise, and refuses what is no address', () => {
    expect(loadConfig(schema, valid).LISTEN_HOST).toBe('127.0.0.1');
    expect(loadConfig(schema, { ...valid, LISTEN_HOST: '0.0.0.0' }).LISTEN_HOST).toBe('0.0.0.0');
    expect(loadConfig(schema, { ...valid, LISTEN_HOST: 'case-coordination' }).LISTEN_HOST).toBe('case-coordination');
    expect(() => loadConfig(schema, { ...valid, LISTEN_HOST: 'http://0.0.0.0' })).toThrow(
      new ConfigError('LISTEN_HOST', 'is invalid (expected an IP address or a host name)'),
    );
  });

  it('takes the write limit and the API-docs flag: 60 per 60 s and off unless set', () => {
    expect(loadConfig(schema, valid)).toMatchObject({ RATE_LIMIT_WRITES: 60, RATE_LIMIT_WINDOW_SECONDS: 60, API_DOCS: false });
    expect(loadConfig(schema, { ...valid, RATE_LIMIT_WRITES: '5', API_DOCS: 'true' })).toMatchObject({
      RATE_LIMIT_WRITES: 5,
      API_DOCS: true,
    });
    expect(() => loadConfig(schema, { ...valid, RATE_LIMIT_WRITES: '0' })).toThrow(
      /^configuration: RATE_LIMIT_WRITES is invalid/,
    );
  });
});
