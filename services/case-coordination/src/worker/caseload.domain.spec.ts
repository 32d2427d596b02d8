import { caseloadLimitOn, checkAssignment, defaultCaseloadRules, teamCaseload, type CaseloadRules } from './caseload.domain.js';

const manager = { byUserId: 'manager-1', reason: 'The only Swedish-speaking worker in the team.' };

describe('caseloadLimitOn', () => {
  it.each([
    ['2020-06-01', 35],
    ['2023-12-31', 35],
    ['2024-01-01', 30],
    ['2024-01-02', 30],
    ['2026-12-23', 30],
    ['2040-01-01', 30],
  ])('on %s the limit is %i', (on, limit) => {
    expect(caseloadLimitOn(on)).toBe(limit);
  });

  it('follows a configured schedule, in any order', () => {
    const rules: CaseloadRules = {
      caseloadLimit: [
        { from: '2027-01-01', limit: 25 },
        { from: null, limit: 40 },
        { from: '2026-01-01', limit: 28 },
      ],
    };
    expect(caseloadLimitOn('2025-12-31', rules)).toBe(40);
    expect(caseloadLimitOn('2026-01-01', rules)).toBe(28);
    expect(caseloadLimitOn('2026-12-31', rules)).toBe(28);
    expect(caseloadLimitOn('2027-01-01', rules)).toBe(25);
  });

  it('refuses a day no limit covers (a configuration error)', () => {
    expect(() => caseloadLimitOn('2023-12-31', { caseloadLimit: [{ from: '2024-01-01', limit: 30 }] })).toThrow(RangeError);
  });
});

describe('checkAssignment', () => {
  it.each([
    [29, '2026-12-23', true],
    [30, '2026-12-23', false],
    [31, '2026-12-23', false],
    [0, '2026-12-23', true],
    [29, '2024-01-01', true],
    [30, '2024-01-01', false],
    [34, '2024-01-01', false],
    [34, '2023-12-31', true],
    [35, '2023-12-31', false],
    [36, '2023-12-31', false],
    [30, '2023-12-31', true],
  ])('a worker with %i child clients on %s may take one more: %s', (currentCaseload, on, allowed) => {
    const decision = checkAssignment({ currentCaseload, on });
    expect(decision.allowed).toBe(allowed);
  });

  it('names the limit in force when it refuses', () => {
    expect(checkAssignment({ currentCaseload: 30, on: '2026-12-23' })).toEqual({
      allowed: false,
      code: 'caseload_limit_reached',
      limit: 30,
    });
    expect(checkAssignment({ currentCaseload: 35, on: '2023-06-01' })).toEqual({
      allowed: false,
      code: 'caseload_limit_reached',
      limit: 35,
    });
  });

  it('allows going over the limit with a manager’s override, and records who and why', () => {
    expect(checkAssignment({ currentCaseload: 30, on: '2026-12-23', override: manager })).toEqual({
      allowed: true,
      overrideRecorded: { byUserId: 'manager-1', reason: 'The only Swedish-speaking worker in the team.' },
    });
    expect(
      checkAssignment({ currentCaseload: 33, on: '2026-12-23', override: { ...manager, reason: '  Urgent placement.  ' } }),
    ).toEqual({
      allowed: true,
      overrideRecorded: { byUserId: 'manager-1', reason: 'Urgent placement.' },
    });
  });

  it('does not take an override without a reason or without who gave it', () => {
    for (const override of [
      { ...manager, reason: '' },
      { ...manager, reason: '   ' },
      { ...manager, byUserId: '' },
    ]) {
      expect(checkAssignment({ currentCaseload: 30, on: '2026-12-23', override })).toEqual({
        allowed: false,
        code: 'caseload_limit_reached',
        limit: 30,
      });
    }
  });

  it('records no override under the limit: none was needed', () => {
    expect(checkAssignment({ currentCaseload: 29, on: '2026-12-23', override: manager })).toEqual({ allowed: true });
  });

  it('follows configured rules', () => {
    const rules: CaseloadRules = { caseloadLimit: [{ from: null, limit: 20 }] };
    expect(checkAssignment({ currentCaseload: 19, on: '2026-12-23' }, rules).allowed).toBe(true);
    expect(checkAssignment({ currentCaseload: 20, on: '2026-12-23' }, rules)).toEqual({
      allowed: false,
      code: 'caseload_limit_reached',
      limit: 20,
    });
  });
});

describe('teamCaseload', () => {
  const team = [
    { userId: 'sw-1', openCases: 29 },
    { userId: 'sw-2', openCases: 30 },
    { userId: 'sw-3', openCases: 31 },
    { userId: 'sw-4', openCases: 12 },
  ];

  it('totals a team and names who is at and over the limit', () => {
    expect(teamCaseload(team, '2026-12-23')).toEqual({
      workers: 4,
      total: 102,
      limit: 30,
      atLimit: ['sw-2'],
      overLimit: ['sw-3'],
    });
  });

  it('measures against the limit of the day', () => {
    expect(teamCaseload(team, '2023-12-31')).toEqual({ workers: 4, total: 102, limit: 35, atLimit: [], overLimit: [] });
    expect(teamCaseload([{ userId: 'sw-1', openCases: 35 }], '2023-12-31', defaultCaseloadRules).atLimit).toEqual(['sw-1']);
  });

  it('totals an empty team as nothing', () => {
    expect(teamCaseload([], '2026-12-23')).toEqual({ workers: 0, total: 0, limit: 30, atLimit: [], overLimit: [] });
  });
});
