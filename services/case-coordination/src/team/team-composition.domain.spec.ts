import { checkNewMember, type Team, type TeamMember } from './team-composition.domain.js';

const socialWorkers = (count: number): TeamMember[] =>
  Array.from({ length: count }, (_, index) => ({ userId: `sw-${index + 1}`, role: 'social-worker' as const }));
const clinician: TeamMember = { userId: 'therapist-1', role: 'clinician' };
const coordinator: TeamMember = { userId: 'coordinator-1', role: 'coordinator' };
const fullTeam: Team = { members: [...socialWorkers(4), clinician, coordinator] };

describe('checkNewMember', () => {
  it.each([0, 1, 2, 3])('takes a social worker into a team of %i', (count) => {
    expect(
      checkNewMember({ members: [...socialWorkers(count), clinician, coordinator] }, { userId: 'new', role: 'social-worker' }),
    ).toEqual({
      allowed: true,
    });
  });

  it('refuses a fifth social worker', () => {
    expect(checkNewMember(fullTeam, { userId: 'new', role: 'social-worker' })).toEqual({
      allowed: false,
      code: 'team_full_of_social_workers',
    });
  });

  it('follows a configured maximum', () => {
    const threeWorkers: Team = { members: socialWorkers(3) };
    expect(checkNewMember(threeWorkers, { userId: 'new', role: 'social-worker' }, { maxSocialWorkers: 3 })).toEqual({
      allowed: false,
      code: 'team_full_of_social_workers',
    });
    expect(checkNewMember(threeWorkers, { userId: 'new', role: 'social-worker' }, { maxSocialWorkers: 5 })).toEqual({
      allowed: true,
    });
  });

  it('takes the first clinician and the first coordinator, even into a full team of social workers', () => {
    const workersOnly: Team = { members: socialWorkers(4) };
    expect(checkNewMember(workersOnly, clinician)).toEqual({ allowed: true });
    expect(checkNewMember(workersOnly, coordinator)).toEqual({ allowed: true });
  });

  it('refuses a second clinician', () => {
    expect(checkNewMember(fullTeam, { userId: 'therapist-2', role: 'clinician' })).toEqual({
      allowed: false,
      code: 'team_has_clinician',
    });
  });

  it('refuses a second coordinator', () => {
    expect(checkNewMember(fullTeam, { userId: 'coordinator-2', role: 'coordinator' })).toEqual({
      allowed: false,
      code: 'team_has_coordinator',
    });
  });

  it('refuses someone already in the team, in any role', () => {
    const small: Team = { members: [...socialWorkers(1), clinician] };
    expect(checkNewMember(small, { userId: 'sw-1', role: 'social-worker' })).toEqual({ allowed: false, code: 'already_member' });
    expect(checkNewMember(small, { userId: 'sw-1', role: 'coordinator' })).toEqual({ allowed: false, code: 'already_member' });
    expect(checkNewMember(fullTeam, clinician)).toEqual({ allowed: false, code: 'already_member' });
  });
});
