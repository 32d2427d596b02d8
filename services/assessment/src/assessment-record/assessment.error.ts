import { DomainError } from '@yhdessa/platform';

export enum AssessmentErrorCode {
  NotFound = 'assessment_not_found',
  LeadNotEntitled = 'assessment_lead_not_entitled',
  NotLead = 'not_assessment_lead',
  InviteeNotOnCareTeam = 'invitee_not_on_care_team',
  InviteeTwice = 'invitee_invited_twice',
  DueDateInPast = 'invitation_due_date_past',
  FrameNotFound = 'assessment_frame_not_found',
  NotCompleted = 'assessment_not_completed',
}

const status: Record<AssessmentErrorCode, number> = {
  [AssessmentErrorCode.NotFound]: 404,
  [AssessmentErrorCode.LeadNotEntitled]: 403,
  [AssessmentErrorCode.NotLead]: 403,
  [AssessmentErrorCode.InviteeNotOnCareTeam]: 400,
  [AssessmentErrorCode.InviteeTwice]: 400,
  [AssessmentErrorCode.DueDateInPast]: 400,
  [AssessmentErrorCode.FrameNotFound]: 400,
  [AssessmentErrorCode.NotCompleted]: 409,
};

export class AssessmentError extends DomainError<AssessmentErrorCode> {
  get status(): number {
    return status[this.code];
  }
}
