import {
  decideTeamAccess,
  teamAccessLevels,
  type TeamAccessDecision,
  type TeamAccessLevel,
  type TeamParticipation,
} from './team-access.domain.js';

const callers: Record<string, TeamParticipation> = {
  coordinator: { teamRole: 'coordinator', serviceManager: false },
  'social worker': { teamRole: 'social-worker', serviceManager: false },
  clinician: { teamRole: 'clinician', serviceManager: false },
  'service manager off the team': { teamRole: null, serviceManager: true },
  'someone off the team': { teamRole: null, serviceManager: false },
};

const expected: Record<TeamAccessLevel, Record<keyof typeof callers, TeamAccessDecision>> = {
  see: {
    coordinator: 'allowed',
    'social worker': 'allowed',
    clinician: 'allowed',
    'service manager off the team': 'allowed',
    'someone off the team': 'not-found',
  },
  'see-cases': {
    coordinator: 'allowed',
    'social worker': 'allowed',
    clinician: 'allowed',
    'service manager off the team': 'not-found',
    'someone off the team': 'not-found',
  },
  manage: {
    coordinator: 'allowed',
    'social worker': 'not-coordinator',
    clinician: 'not-coordinator',
    'service manager off the team': 'allowed',
    'someone off the team': 'not-found',
  },
  coordinate: {
    coordinator: 'allowed',
    'social worker': 'not-coordinator',
    clinician: 'not-coordinator',
    'service manager off the team': 'not-coordinator',
    'someone off the team': 'not-found',
  },
};

describe('decideTeamAccess', () => {
  it.each(teamAccessLevels)('%s', (level) => {
    const decided = Object.fromEntries(Object.entries(callers).map(([who, caller]) => [who, decideTeamAccess(level, caller)]));
    expect(decided).toEqual(expected[level]);
  });
});
