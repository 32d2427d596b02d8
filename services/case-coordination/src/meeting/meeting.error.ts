import { DomainError } from '@yhdessa/platform';
import { MinutesRefusal } from './minutes-change.domain.js';

export enum MeetingErrorCode {
  MeetingNotFound = 'meeting_not_found',
  MeetingAlreadyScheduled = 'meeting_already_scheduled',
  AgendaItemNotFound = 'agenda_item_not_found',
  EntryNotFound = 'minutes_entry_not_found',
  NotTeamMember = 'not_a_team_member',
  MinutesFinalised = 'minutes_finalised',
  MinutesNotFinalised = 'minutes_not_finalised',
  NotEntryAuthor = 'not_entry_author',
  NotTeamCoordinator = 'not_team_coordinator',
  TaskNotFound = 'task_not_found',
  TaskTransitionRefused = 'task_transition_refused',
}

const status: Record<MeetingErrorCode, number> = {
  [MeetingErrorCode.MeetingNotFound]: 404,
  [MeetingErrorCode.MeetingAlreadyScheduled]: 409,
  [MeetingErrorCode.AgendaItemNotFound]: 404,
  [MeetingErrorCode.EntryNotFound]: 404,
  [MeetingErrorCode.NotTeamMember]: 400,
  [MeetingErrorCode.MinutesFinalised]: 409,
  [MeetingErrorCode.MinutesNotFinalised]: 409,
  [MeetingErrorCode.NotEntryAuthor]: 403,
  [MeetingErrorCode.NotTeamCoordinator]: 403,
  [MeetingErrorCode.TaskNotFound]: 404,
  [MeetingErrorCode.TaskTransitionRefused]: 409,
};

const refusals: Record<MinutesRefusal, [MeetingErrorCode, string]> = {
  [MinutesRefusal.Finalised]: [MeetingErrorCode.MinutesFinalised, 'The minutes are finalised; add an amendment instead.'],
  [MinutesRefusal.NotFinalised]: [MeetingErrorCode.MinutesNotFinalised, 'Only finalised minutes take amendments.'],
  [MinutesRefusal.NotAuthor]: [
    MeetingErrorCode.NotEntryAuthor,
    'Only the one who said or wrote this, or the coordinator, may change it.',
  ],
  [MinutesRefusal.NotCoordinator]: [MeetingErrorCode.NotTeamCoordinator, "Only the team's coordinator may do this."],
};

export class MeetingError extends DomainError<MeetingErrorCode> {
  get status(): number {
    return status[this.code];
  }

  /** The error for a change the minutes rule refused. */
  static refused(refusal: MinutesRefusal): MeetingError {
    const [code, message] = refusals[refusal];
    return new MeetingError(code, message);
  }
}
