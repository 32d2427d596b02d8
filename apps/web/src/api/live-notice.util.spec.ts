import { parseLiveNotice, queriesToRefresh, queriesToRefreshAfterReconnect } from './live-notice.util.js';
import { queryKeys } from './query-keys.js';

const startsWith = (key: readonly unknown[], prefix: readonly unknown[]) => prefix.every((part, index) => key[index] === part);

describe('live notices', () => {
  it('reads a notice and ignores anything else', () => {
    expect(parseLiveNotice('{"caseId":"c1","kind":"CareTeamMemberAdded"}')).toEqual({
      caseId: 'c1',
      kind: 'CareTeamMemberAdded',
    });
    expect(parseLiveNotice('{"caseId":"","kind":"x"}')).toBeNull();
    expect(parseLiveNotice('{"kind":"x"}')).toBeNull();
    expect(parseLiveNotice('ping')).toBeNull();
    expect(parseLiveNotice('null')).toBeNull();
  });

  it('refreshes every query of the case in the notice and the reader’s own lists, and no other case', () => {
    const refreshed = queriesToRefresh({ caseId: 'c1', kind: 'ConsentGiven' });
    const stale = (key: readonly unknown[]) => refreshed.some((prefix) => startsWith(key, prefix));
    for (const key of [
      queryKeys.caseDetail('c1'),
      queryKeys.caseCareTeam('c1'),
      queryKeys.caseConsents('c1'),
      queryKeys.caseDeadlines('c1'),
      queryKeys.caseTimeline('c1'),
    ]) {
      expect(stale(key)).toBe(true);
    }
    expect([queryKeys.myCases, queryKeys.myDeadlines, queryKeys.myTasks].every(stale)).toBe(true);
    expect(stale(queryKeys.caseDetail('c2'))).toBe(false);
    expect(stale(queryKeys.me)).toBe(false);
  });

  it('refreshes every case and the reader’s own lists after the stream reconnects, but not who is signed in', () => {
    const stale = (key: readonly unknown[]) => queriesToRefreshAfterReconnect.some((prefix) => startsWith(key, prefix));
    expect([queryKeys.caseDetail('c1'), queryKeys.caseTimeline('c2'), queryKeys.myCases, queryKeys.myTasks].every(stale)).toBe(
      true,
    );
    expect(stale(queryKeys.me)).toBe(false);
  });
});
