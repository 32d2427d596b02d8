import { ConfigError } from '@yhdessa/platform';
import { caseloadRulesFromEnv } from './caseload-rules.provider.js';

describe('caseloadRulesFromEnv', () => {
  it('follows the law when nothing is set: 35 child clients, 30 from 1 January 2024', () => {
    expect(caseloadRulesFromEnv({})).toEqual({
      caseloadLimit: [
        { from: null, limit: 35 },
        { from: '2024-01-01', limit: 30 },
      ],
    });
  });

  it('reads a schedule, or a single limit for every date', () => {
    expect(caseloadRulesFromEnv({ CASELOAD_LIMIT: '40, 2026-01-01:25' }).caseloadLimit).toEqual([
      { from: null, limit: 40 },
      { from: '2026-01-01', limit: 25 },
    ]);
    expect(caseloadRulesFromEnv({ CASELOAD_LIMIT: '2' }).caseloadLimit).toEqual([{ from: null, limit: 2 }]);
  });

  it.each([['many'], ['2024-01-01:30'], ['35,30'], ['35,2024-02-30:30'], ['35,2024-01-01:30,2024-01-01:25'], ['0'], ['']])(
    'stops on CASELOAD_LIMIT=%j with one line naming it, not echoing the value',
    (value) => {
      let error: unknown;
      try {
        caseloadRulesFromEnv({ CASELOAD_LIMIT: value });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toMatch(/^configuration: CASELOAD_LIMIT is (invalid|missing)/);
      expect((error as Error).message.split('\n')).toHaveLength(1);
      if (value.length > 2) expect((error as Error).message).not.toContain(value);
    },
  );
});
