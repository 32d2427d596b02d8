import { isActiveOn } from './care-team-membership.js';

describe('isActiveOn', () => {
  const member = { since: '2026-01-10', until: '2026-06-30', removedAt: null };

  it('grants access from the first day to the last day inclusive', () => {
    expect(isActiveOn(member, '2026-01-10')).toBe(true);
    expect(isActiveOn(member, '2026-06-30')).toBe(true);
  });

  it('grants nothing before the start or after the end', () => {
    expect(isActiveOn(member, '2026-01-09')).toBe(false);
    expect(isActiveOn(member, '2026-07-01')).toBe(false);
  });

  it('keeps an open-ended membership active', () => {
    expect(isActiveOn({ ...member, until: null }, '2030-01-01')).toBe(true);
  });

  it('ends access at once when the member is removed, whatever the dates say', () => {
    expect(isActiveOn({ ...member, removedAt: new Date('2026-02-01') }, '2026-01-15')).toBe(false);
  });
});
