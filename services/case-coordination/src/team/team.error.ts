import { DomainError } from '@yhdessa/platform';
import type { TeamChangeRefusal } from './team-composition.domain.js';

export enum TeamErrorCode {
  TeamNotFound = 'team_not_found',
  MemberNotFound = 'team_member_not_found',
  NotTeamCoordinator = 'not_team_coordinator',
  TeamFullOfSocialWorkers = 'team_full_of_social_workers',
  TeamHasClinician = 'team_has_clinician',
  TeamHasCoordinator = 'team_has_coordinator',
  AlreadyMember = 'already_member',
}

const status: Record<TeamErrorCode, number> = {
  [TeamErrorCode.TeamNotFound]: 404,
  [TeamErrorCode.MemberNotFound]: 404,
  [TeamErrorCode.NotTeamCoordinator]: 403,
  [TeamErrorCode.TeamFullOfSocialWorkers]: 409,
  [TeamErrorCode.TeamHasClinician]: 409,
  [TeamErrorCode.TeamHasCoordinator]: 409,
  [TeamErrorCode.AlreadyMember]: 409,
};

const refusals: Record<TeamChangeRefusal, [TeamErrorCode, string]> = {
  team_full_of_social_workers: [
    TeamErrorCode.TeamFullOfSocialWorkers,
    'The team already has as many social workers as a team may have.',
  ],
  team_has_clinician: [TeamErrorCode.TeamHasClinician, 'The team already has its clinician.'],
  team_has_coordinator: [TeamErrorCode.TeamHasCoordinator, 'The team already has its coordinator.'],
  already_member: [TeamErrorCode.AlreadyMember, 'This person is already on the team.'],
};

export class TeamError extends DomainError<TeamErrorCode> {
  get status(): number {
    return status[this.code];
  }

  /** The error for a change the composition rule refused. */
  static refused(refusal: TeamChangeRefusal): TeamError {
    const [code, message] = refusals[refusal];
    return new TeamError(code, message);
  }
}
