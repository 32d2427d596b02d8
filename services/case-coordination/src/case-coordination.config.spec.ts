import { ConfigError } from '@yhdessa/platform';
import { loadCaseCoordinationConfig } from './case-coordination.config.js';

const env = {
  KAFKA_BROKERS: '127.0.0.1:9092',
  REDIS_URL: 'redis://127.0.0.1:6379',
  OIDC_ISSUER: 'http://127.0.0.1:8080/realms/yhdessa',
  OIDC_AUDIENCE: 'yhdessa-api',
  CASE_COORDINATION_PORT: '3001',
  CASE_COORDINATION_DB: 'case_coordination',
};

const failure = (overrides: Record<string, string>): ConfigError => {
  try {
    loadCaseCoordinationConfig({ ...env, ...overrides });
  } catch (error) {
    return error as ConfigError;
  }
  throw new Error('the configuration was taken');
};

describe('loadCaseCoordinationConfig', () => {
  it('reads the service, the law’s numbers and the team limits, with their defaults', () => {
    const config = loadCaseCoordinationConfig(env);
    expect(config.DEADLINE_WATCH_INTERVAL_MS).toBe(60_000);
    expect(config.deadlineRules.assessmentStartDecisionWorkingDays).toBe(7);
    expect(config.caseloadRules.caseloadLimit).toContainEqual({ from: '2024-01-01', limit: 30 });
    expect(config.deadlineRules).not.toHaveProperty('caseloadLimit');
    expect(config.teamRules.maxSocialWorkers).toBe(4);
  });

  it('reads the deadline watch interval in milliseconds', () => {
    expect(loadCaseCoordinationConfig({ ...env, DEADLINE_WATCH_INTERVAL_MS: '5000' }).DEADLINE_WATCH_INTERVAL_MS).toBe(5_000);
  });

  it.each([['60s'], ['1m'], ['60000.5'], ['-1'], ['999'], ['0'], ['86400001']])(
    'refuses DEADLINE_WATCH_INTERVAL_MS=%j instead of watching every millisecond',
    (value) => {
      const error = failure({ DEADLINE_WATCH_INTERVAL_MS: value });
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.variable).toBe('DEADLINE_WATCH_INTERVAL_MS');
      expect(error.message.split('\n')).toHaveLength(1);
    },
  );

  it('refuses a bad caseload limit and a bad deadline rule, naming them', () => {
    expect(failure({ CASELOAD_LIMIT: 'thirty' }).variable).toBe('CASELOAD_LIMIT');
    expect(failure({ PLAN_REVIEW_MONTHS: 'yearly' }).variable).toBe('PLAN_REVIEW_MONTHS');
  });
});
