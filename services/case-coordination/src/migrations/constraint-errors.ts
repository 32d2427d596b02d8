import type { ConstraintErrors } from '@yhdessa/platform';
import { CareTeamError, CareTeamErrorCode } from '../care-team/care-team.error.js';
import { CaseError, CaseErrorCode } from '../case/case.error.js';
import { DeadlineError, DeadlineErrorCode } from '../deadlines/deadline.error.js';
import { MeetingError, MeetingErrorCode } from '../meeting/meeting.error.js';
import { TeamError } from '../team/team.error.js';

/**
 * The rules this service's migrations keep with a unique index or constraint, by name, and the
 * answer a request gets that breaks one (two concurrent requests can both pass the service's own
 * check; the database lets one through). Registered in the module; a constraint missing here is a
 * 500, logged by its name. Primary keys, the agenda's and a decision's one task are left out: no
 * request can reach them (their ids are new, or made in the same transaction). No row a foreign key
 * points to is ever deleted, so no foreign key is here either.
 */
export const caseCoordinationConstraintErrors: ConstraintErrors = {
  child_case_one_open_per_child: () =>
    new CaseError(CaseErrorCode.ChildAlreadyHasOpenCase, 'This child already has an open case.'),
  case_care_team_one_active_per_user: () =>
    new CareTeamError(CareTeamErrorCode.AlreadyOnCareTeam, 'This person is already on the care team.'),
  case_deadline_case_id_kind_key: () =>
    new DeadlineError(DeadlineErrorCode.DecisionAlreadyMade, 'The decision has been made already.'),
  systemic_team_one_active_per_user: () => TeamError.refused('already_member'),
  team_meeting_team_id_held_on_key: () =>
    new MeetingError(MeetingErrorCode.MeetingAlreadyScheduled, 'The team already has a meeting on that day.'),
};
