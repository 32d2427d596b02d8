import { caseloadAgainstLimit, seesCaseloadOverview } from './caseloads.util.js';

describe('seesCaseloadOverview', () => {
  it('is the service manager’s alone', () => {
    expect(seesCaseloadOverview({ roles: ['service-manager'] })).toBe(true);
    for (const role of ['cp-social-worker', 'team-coordinator', 'systemic-clinician', 'teacher', 'guardian', 'child']) {
      expect(seesCaseloadOverview({ roles: [role] })).toBe(false);
    }
    expect(seesCaseloadOverview({ roles: [] })).toBe(false);
  });
});

describe('caseloadAgainstLimit', () => {
  it('writes the caseload over the limit', () => {
    expect(caseloadAgainstLimit(0, 30)).toBe('0 / 30');
    expect(caseloadAgainstLimit(31, 30)).toBe('31 / 30');
  });
});
