import { ConfigError } from '@yhdessa/platform';
import { loadClientPlanConfig } from './client-plan.config.js';

const valid = {
  KAFKA_BROKERS: '127.0.0.1:9092',
  REDIS_URL: 'redis://127.0.0.1:6379',
  OIDC_ISSUER: 'http://127.0.0.1:8080/realms/yhdessa',
  OIDC_AUDIENCE: 'yhdessa-api',
  CLIENT_PLAN_PORT: '3003',
  CLIENT_PLAN_DB: 'client_plan',
};

describe('loadClientPlanConfig', () => {
  it('reads its own port and database', () => {
    const config = loadClientPlanConfig(valid);
    expect(config.CLIENT_PLAN_PORT).toBe(3003);
    expect(config.CLIENT_PLAN_DB).toBe('client_plan');
  });

  it.each(['CLIENT_PLAN_PORT', 'CLIENT_PLAN_DB'] as const)('names %s when it is missing', (variable) => {
    const env: NodeJS.ProcessEnv = { ...valid, [variable]: undefined };
    expect(() => loadClientPlanConfig(env)).toThrow(new ConfigError(variable, 'is missing'));
  });
});
