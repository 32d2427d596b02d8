import { ConfigError } from '@yhdessa/platform';
import { loadConsultationBookingConfig } from './consultation-booking.config.js';

const valid = {
  KAFKA_BROKERS: '127.0.0.1:9092',
  REDIS_URL: 'redis://127.0.0.1:6379',
  OIDC_ISSUER: 'http://127.0.0.1:8080/realms/yhdessa',
  OIDC_AUDIENCE: 'yhdessa-api',
  CONSULTATION_BOOKING_PORT: '3004',
  CONSULTATION_BOOKING_DB: 'consultation_booking',
};

describe('loadConsultationBookingConfig', () => {
  it('reads its own port and database', () => {
    const config = loadConsultationBookingConfig(valid);
    expect(config.CONSULTATION_BOOKING_PORT).toBe(3004);
    expect(config.CONSULTATION_BOOKING_DB).toBe('consultation_booking');
  });

  it.each(['CONSULTATION_BOOKING_PORT', 'CONSULTATION_BOOKING_DB'] as const)('names %s when it is missing', (variable) => {
    const env: NodeJS.ProcessEnv = { ...valid, [variable]: undefined };
    expect(() => loadConsultationBookingConfig(env)).toThrow(new ConfigError(variable, 'is missing'));
  });

  it('sweeps for reminders every minute unless told otherwise, and refuses a sweep every millisecond', () => {
    expect(loadConsultationBookingConfig(valid).REMINDER_SWEEP_INTERVAL_MS).toBe(60_000);
    expect(loadConsultationBookingConfig({ ...valid, REMINDER_SWEEP_INTERVAL_MS: '5000' }).REMINDER_SWEEP_INTERVAL_MS).toBe(
      5_000,
    );
    for (const value of ['1', '0', 'soon', '3600001']) {
      expect(() => loadConsultationBookingConfig({ ...valid, REMINDER_SWEEP_INTERVAL_MS: value })).toThrow(ConfigError);
    }
  });
});
