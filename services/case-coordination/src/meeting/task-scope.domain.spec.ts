import { decideTaskScope, type TaskReader } from './task-scope.domain.js';

const colleague = 'user-colleague';
const coordinated = 'team-coordinated';
const worked = 'team-worked';
const reader: TaskReader = {
  userId: 'user-me',
  serviceManager: false,
  places: [
    { teamId: coordinated, teamRole: 'coordinator' },
    { teamId: worked, teamRole: 'social-worker' },
  ],
};
const me = reader.userId;
const onNoTeam: TaskReader = { ...reader, places: [] };
const allowed = (ownerId: string | null, teamIds: string[] | null) => ({ allowed: true, scope: { ownerId, teamIds } });

describe('decideTaskScope', () => {
  it('gives anyone their own tasks from every team, even on no team', () => {
    expect(decideTaskScope(onNoTeam, { ownerId: me, teamId: null })).toEqual(allowed(me, null));
    expect(decideTaskScope(reader, { ownerId: me, teamId: null })).toEqual(allowed(me, null));
  });

  it('gives a member their own tasks from one team they are on, in any role', () => {
    expect(decideTaskScope(reader, { ownerId: me, teamId: worked })).toEqual(allowed(me, [worked]));
    expect(decideTaskScope(reader, { ownerId: me, teamId: coordinated })).toEqual(allowed(me, [coordinated]));
  });

  it("gives a coordinator the whole team's tasks, or one person's on that team", () => {
    expect(decideTaskScope(reader, { ownerId: null, teamId: coordinated })).toEqual(allowed(null, [coordinated]));
    expect(decideTaskScope(reader, { ownerId: colleague, teamId: coordinated })).toEqual(allowed(colleague, [coordinated]));
  });

  it("gives a coordinator asking for a person without a team that person's tasks from every team they coordinate", () => {
    const twoTeams: TaskReader = {
      ...reader,
      places: [...reader.places, { teamId: 'team-also-coordinated', teamRole: 'coordinator' }],
    };
    expect(decideTaskScope(twoTeams, { ownerId: colleague, teamId: null })).toEqual(
      allowed(colleague, [coordinated, 'team-also-coordinated']),
    );
  });

  it("refuses others' tasks to a member who does not coordinate the team, and to whoever coordinates no team", () => {
    const refused = { allowed: false, code: 'not_team_coordinator' };
    expect(decideTaskScope(reader, { ownerId: null, teamId: worked })).toEqual(refused);
    expect(decideTaskScope(reader, { ownerId: colleague, teamId: worked })).toEqual(refused);
    expect(decideTaskScope({ ...reader, places: [reader.places[1]!] }, { ownerId: colleague, teamId: null })).toEqual(refused);
    expect(decideTaskScope(onNoTeam, { ownerId: colleague, teamId: null })).toEqual(refused);
  });

  it('does not find a team the reader is not on, whoever the tasks are of', () => {
    const refused = { allowed: false, code: 'team_not_found' };
    expect(decideTaskScope(reader, { ownerId: me, teamId: 'team-elsewhere' })).toEqual(refused);
    expect(decideTaskScope(reader, { ownerId: colleague, teamId: 'team-elsewhere' })).toEqual(refused);
    expect(decideTaskScope(reader, { ownerId: null, teamId: 'team-elsewhere' })).toEqual(refused);
  });

  it("tells a service manager off the team that a team's tasks are its coordinator's, and keeps their own out of it", () => {
    const manager: TaskReader = { ...onNoTeam, serviceManager: true };
    expect(decideTaskScope(manager, { ownerId: null, teamId: coordinated })).toEqual({
      allowed: false,
      code: 'not_team_coordinator',
    });
    expect(decideTaskScope(manager, { ownerId: me, teamId: coordinated })).toEqual({ allowed: false, code: 'team_not_found' });
  });
});
