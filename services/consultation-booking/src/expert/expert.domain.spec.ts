import { mayManageExpert, windowsOverlap } from './expert.domain.js';

describe('windowsOverlap', () => {
  it('lets windows meet end to start, and on different days', () => {
    expect(
      windowsOverlap([
        { weekday: 1, starts: '09:00', ends: '12:00' },
        { weekday: 1, starts: '12:00', ends: '15:00' },
        { weekday: 2, starts: '10:00', ends: '11:00' },
      ]),
    ).toBe(false);
  });

  it('finds two windows of one day that overlap, in any order', () => {
    expect(
      windowsOverlap([
        { weekday: 3, starts: '11:00', ends: '13:00' },
        { weekday: 3, starts: '09:00', ends: '11:30' },
      ]),
    ).toBe(true);
  });
});

describe('mayManageExpert', () => {
  it('is the expert themself or a service manager', () => {
    expect(mayManageExpert({ userId: 'u' }, { userId: 'u', roles: ['liaison-nurse'] })).toBe(true);
    expect(mayManageExpert({ userId: 'u' }, { userId: 'm', roles: ['service-manager'] })).toBe(true);
    expect(mayManageExpert({ userId: 'u' }, { userId: 't', roles: ['teacher'] })).toBe(false);
  });
});
