import { ConfigError } from '@yhdessa/platform';
import { teamRulesFromEnv } from './team-rules.provider.js';

describe('teamRulesFromEnv', () => {
  it('allows four social workers per team unless told otherwise', () => {
    expect(teamRulesFromEnv({})).toEqual({ maxSocialWorkers: 4 });
    expect(teamRulesFromEnv({ TEAM_MAX_SOCIAL_WORKERS: '3' })).toEqual({ maxSocialWorkers: 3 });
  });

  it('stops on a bad value, naming the variable', () => {
    expect(() => teamRulesFromEnv({ TEAM_MAX_SOCIAL_WORKERS: 'four' })).toThrow(ConfigError);
    expect(() => teamRulesFromEnv({ TEAM_MAX_SOCIAL_WORKERS: '0' })).toThrow(/TEAM_MAX_SOCIAL_WORKERS/);
  });
});
