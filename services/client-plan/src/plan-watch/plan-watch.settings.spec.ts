import { ConfigError } from '@yhdessa/platform';
import { planWatchSettingsFromEnv } from './plan-watch.settings.js';

describe('planWatchSettingsFromEnv', () => {
  it('looks every minute and reminds 48 hours before a round ends unless told otherwise', () => {
    expect(planWatchSettingsFromEnv({})).toEqual({ intervalMs: 60_000, remindBeforeMs: 48 * 3_600_000 });
    expect(planWatchSettingsFromEnv({ PLAN_WATCH_INTERVAL_MS: '5000', PLAN_SIGN_OFF_REMIND_HOURS: '24' })).toEqual({
      intervalMs: 5_000,
      remindBeforeMs: 24 * 3_600_000,
    });
  });

  it('names a bad value', () => {
    expect(() => planWatchSettingsFromEnv({ PLAN_SIGN_OFF_REMIND_HOURS: 'soon' })).toThrow(ConfigError);
    expect(() => planWatchSettingsFromEnv({ PLAN_WATCH_INTERVAL_MS: '10' })).toThrow(ConfigError);
  });
});
