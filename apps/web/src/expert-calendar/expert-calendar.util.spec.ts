import { mayBeExpert } from './expert-calendar.util.js';

describe('mayBeExpert', () => {
  it('offers the calendar to the kinds of professional experts are, and not to the family or a class teacher', () => {
    expect(mayBeExpert({ roles: ['special-needs-teacher'] })).toBe(true);
    expect(mayBeExpert({ roles: ['liaison-nurse'] })).toBe(true);
    expect(mayBeExpert({ roles: ['teacher'] })).toBe(false);
    expect(mayBeExpert({ roles: ['guardian'] })).toBe(false);
  });
});
