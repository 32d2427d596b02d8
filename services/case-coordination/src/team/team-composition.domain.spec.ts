import { checkTeamChange, missingRoles, type Team, type TeamMember } from './team-composition.domain.js';

const socialWorkers = (count: number): TeamMember[] =>
  Array.from({ length: count }, (_, index) => ({ userId: `sw-${index + 1}`, role: 'social-worker' as const }));
const clinician: TeamMember = { userId: 'therapist-1', role: 'clinician' };
const coordinator: TeamMember = { userId: 'coordinator-1', role: 'coordinator' };
const fullTeam: Team = { members: [...socialWorkers(4), clinician, coordinator] };

const add = (member: TeamMember) => ({ kind: 'add-member' as const, member });

describe('checkTeamChange: adding a member', () => {
  it.each([0, 1, 2, 3])('takes a social worker into a team of %i', (count) => {
    expect(checkTeamChange({ members: [...socialWorkers(count), clinician, coordinator] }, add({ userId: 'new', role: 'social-worker' }))).toEqual({
      allowed: true,
    });
  });

  it('refuses a fifth social worker', () => {
    expect(checkTeamChange(fullTeam, add({ userId: 'new', role: 'social-worker' }))).toEqual({ allowed: false, code: 'team_full_of_social_workers' });
  });

  it('follows a configured maximum', () => {
    const threeWorkers: Team = { members: socialWorkers(3) };
    expect(checkTeamChange(threeWorkers, add({ userId: 'new', role: 'social-worker' }), { maxSocialWorkers: 3 })).toEqual({
      allowed: false,
      code: 'team_full_of_social_workers',
    });
    expect(checkTeamChange(threeWorkers, add({ userId: 'new', role: 'social-worker' }), { maxSocialWorkers: 5 })).toEqual({ allowed: true });
  });

  it('takes the first clinician and the first coordinator, even into a full team of social workers', () => {
    const workersOnly: Team = { members: socialWorkers(4) };
    expect(checkTeamChange(workersOnly, add(clinician))).toEqual({ allowed: true });
    expect(checkTeamChange(workersOnly, add(coordinator))).toEqual({ allowed: true });
  });

  it('refuses a second clinician', () => {
    expect(checkTeamChange(fullTeam, add({ userId: 'therapist-2', role: 'clinician' }))).toEqual({ allowed: false, code: 'team_has_clinician' });
  });

  it('refuses a second coordinator', () => {
    expect(checkTeamChange(fullTeam, add({ userId: 'coordinator-2', role: 'coordinator' }))).toEqual({ allowed: false, code: 'team_has_coordinator' });
  });

  it('refuses someone already in the team, in any role', () => {
    const small: Team = { members: [...socialWorkers(1), clinician] };
    expect(checkTeamChange(small, add({ userId: 'sw-1', role: 'social-worker' }))).toEqual({ allowed: false, code: 'already_member' });
    expect(checkTeamChange(small, add({ userId: 'sw-1', role: 'coordinator' }))).toEqual({ allowed: false, code: 'already_member' });
    expect(checkTeamChange(fullTeam, add(clinician))).toEqual({ allowed: false, code: 'already_member' });
  });
});

describe('checkTeamChange: changing a member’s role', () => {
  it('lets a social worker become the coordinator when there is none', () => {
    expect(checkTeamChange({ members: socialWorkers(4) }, { kind: 'change-role', userId: 'sw-4', role: 'coordinator' })).toEqual({ allowed: true });
  });

  it('refuses a second coordinator or clinician', () => {
    expect(checkTeamChange(fullTeam, { kind: 'change-role', userId: 'sw-4', role: 'coordinator' })).toEqual({ allowed: false, code: 'team_has_coordinator' });
    expect(checkTeamChange(fullTeam, { kind: 'change-role', userId: 'coordinator-1', role: 'clinician' })).toEqual({ allowed: false, code: 'team_has_clinician' });
  });

  it('refuses the coordinator becoming a fifth social worker', () => {
    expect(checkTeamChange(fullTeam, { kind: 'change-role', userId: 'coordinator-1', role: 'social-worker' })).toEqual({
      allowed: false,
      code: 'team_full_of_social_workers',
    });
  });

  it('lets a member keep their role', () => {
    expect(checkTeamChange(fullTeam, { kind: 'change-role', userId: 'sw-4', role: 'social-worker' })).toEqual({ allowed: true });
    expect(checkTeamChange(fullTeam, { kind: 'change-role', userId: 'therapist-1', role: 'clinician' })).toEqual({ allowed: true });
  });

  it('refuses someone not in the team', () => {
    expect(checkTeamChange(fullTeam, { kind: 'change-role', userId: 'stranger', role: 'social-worker' })).toEqual({ allowed: false, code: 'not_member' });
  });
});

describe('missingRoles', () => {
  it('finds nothing missing in a complete team', () => {
    expect(missingRoles(fullTeam)).toEqual([]);
  });

  it('names what a team lacks', () => {
    expect(missingRoles({ members: [] })).toEqual(['social-worker', 'clinician', 'coordinator']);
    expect(missingRoles({ members: socialWorkers(3) })).toEqual(['clinician', 'coordinator']);
    expect(missingRoles({ members: [clinician, coordinator] })).toEqual(['social-worker']);
    expect(missingRoles({ members: [...socialWorkers(2), clinician] })).toEqual(['coordinator']);
  });
});
