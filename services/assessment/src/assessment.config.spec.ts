import { ConfigError } from '@yhdessa/platform';
import { loadAssessmentConfig } from './assessment.config.js';

const valid = {
  KAFKA_BROKERS: '127.0.0.1:9092',
  REDIS_URL: 'redis://127.0.0.1:6379',
  OIDC_ISSUER: 'http://127.0.0.1:8080/realms/yhdessa',
  OIDC_AUDIENCE: 'yhdessa-api',
  ASSESSMENT_PORT: '3002',
  ASSESSMENT_DB: 'assessment',
};

describe('loadAssessmentConfig', () => {
  it('reads its own port and database', () => {
    const config = loadAssessmentConfig(valid);
    expect(config.ASSESSMENT_PORT).toBe(3002);
    expect(config.ASSESSMENT_DB).toBe('assessment');
  });

  it.each(['ASSESSMENT_PORT', 'ASSESSMENT_DB'] as const)('names %s when it is missing', (variable) => {
    const env: NodeJS.ProcessEnv = { ...valid, [variable]: undefined };
    expect(() => loadAssessmentConfig(env)).toThrow(new ConfigError(variable, 'is missing'));
  });
});

describe('ASSESSMENT_OVERDUE_WATCH_INTERVAL_MS', () => {
  it('is a minute unless set', () => {
    expect(loadAssessmentConfig(valid).ASSESSMENT_OVERDUE_WATCH_INTERVAL_MS).toBe(60_000);
    expect(
      loadAssessmentConfig({ ...valid, ASSESSMENT_OVERDUE_WATCH_INTERVAL_MS: '5000' }).ASSESSMENT_OVERDUE_WATCH_INTERVAL_MS,
    ).toBe(5_000);
  });

  it.each(['0', '999', 'soon', '-5'])('refuses %j instead of watching every millisecond', (value) => {
    expect(() => loadAssessmentConfig({ ...valid, ASSESSMENT_OVERDUE_WATCH_INTERVAL_MS: value })).toThrow(ConfigError);
  });
});
