import { z } from 'zod';
import { accessRecordedV1 } from './audit/access-recorded.events.js';
import {
  assessmentCompletedV1,
  assessmentContributionAmendedV1,
  assessmentContributionSubmittedV1,
  assessmentParticipantInvitedV1,
  assessmentInvitationOverdueV1,
  assessmentStartedV1,
  assessmentVisibilityChangedV1,
  childSafetyConcernRaisedV1,
} from './assessment/assessment.events.js';
import { careTeamMemberAddedV1, careTeamMemberRemovedV1 } from './case/care-team.events.js';
import { caseOpenedV1, caseOpenedV2 } from './case/case.events.js';
import {
  caseClosedV1,
  caseReopenedV1,
  deadlineOverdueV1,
  responsibleWorkerChangedV1,
  serviceNeedsAssessmentDecidedV1,
} from './case/case-lifecycle.events.js';
import { caseStateErasedV1, caseStateV1 } from './case/case-state.records.js';
import { consentGivenV1, consentWithdrawnV1 } from './case/consent.events.js';
import { meetingMinutesAmendedV1, meetingMinutesFinalisedV1 } from './case/meeting.events.js';
import {
  planActionUpdatedV1,
  planActionOverdueV1,
  planChildBirthDateRecordedV1,
  planSignOffRemindedV1,
  planSignOffRoundExpiredV1,
  planDraftStartedV1,
  planRevisionSavedV1,
  planSignOffRequestedV1,
  planVersionDeclinedV1,
  planVersionSignedOffV1,
  planVersionSignedV1,
  planVisibilityChangedV1,
} from './plan/plan.events.js';
import {
  consultationBookedV1,
  consultationCancelledV1,
  consultationConcludedV1,
  consultationNamedV1,
  consultationRescheduledV1,
} from './booking/booking.events.js';
import type { InformationClass } from './information-class.js';
import { auditRecordsTopic, caseStateTopic, topics, type Topic } from './topics.js';

interface EventDefinition {
  type: string;
  version: number;
  topic: Topic | typeof caseStateTopic | typeof auditRecordsTopic;
  summary: string;
  /** The class of client information the payload carries; decides who may see it downstream. */
  informationClass: InformationClass;
  payload: z.ZodType;
  /**
   * Sent as a Kafka tombstone: a null value, so compaction removes every earlier record of its key,
   * with the envelope in the `x-tombstone-envelope` header for the consumers' inboxes.
   */
  tombstone?: true;
  /**
   * A service telling that its reads of the case now follow a change made elsewhere (a consent): a
   * hint for live views to read again, not something that happened on the case, so the case's
   * timeline leaves it off.
   */
  readAgain?: true;
}

/**
 * Every event the platform publishes, typed: `publish()` and handlers are checked against it by the
 * compiler, payloads are validated against it on publish and on consume, and the AsyncAPI document
 * is generated from it. A change that breaks a consumer is a new version, never an edit.
 */
export const eventCatalog = {
  'CaseOpened.v1': {
    type: 'CaseOpened',
    version: 1,
    topic: topics.case,
    summary: 'A child became a client: a case was opened from a notification, referral or application.',
    informationClass: 'child-protection',
    payload: caseOpenedV1,
  },
  'CaseOpened.v2': {
    type: 'CaseOpened',
    version: 2,
    topic: topics.case,
    summary:
      'A child or young person became a client: a case was opened from a notification, referral or application, or for aftercare; with the caseload override when the worker was at the limit.',
    informationClass: 'child-protection',
    payload: caseOpenedV2,
  },
  'CareTeamMemberAdded.v1': {
    type: 'CareTeamMemberAdded',
    version: 1,
    topic: topics.case,
    summary: "A professional, the child or a guardian joined the case's care team.",
    informationClass: 'shared-plan',
    payload: careTeamMemberAddedV1,
  },
  'CareTeamMemberRemoved.v1': {
    type: 'CareTeamMemberRemoved',
    version: 1,
    topic: topics.case,
    summary: "A member left the case's care team; their access ends with it.",
    informationClass: 'shared-plan',
    payload: careTeamMemberRemovedV1,
  },
  'CaseClosed.v1': {
    type: 'CaseClosed',
    version: 1,
    topic: topics.case,
    summary: 'The case was closed, with the reason.',
    informationClass: 'child-protection',
    payload: caseClosedV1,
  },
  'CaseReopened.v1': {
    type: 'CaseReopened',
    version: 1,
    topic: topics.case,
    summary: 'A closed case was opened again, with the reason.',
    informationClass: 'child-protection',
    payload: caseReopenedV1,
  },
  'ResponsibleWorkerChanged.v1': {
    type: 'ResponsibleWorkerChanged',
    version: 1,
    topic: topics.case,
    summary: 'The case was handed over to another responsible social worker (both named).',
    informationClass: 'shared-plan',
    payload: responsibleWorkerChangedV1,
  },
  'ServiceNeedsAssessmentDecided.v1': {
    type: 'ServiceNeedsAssessmentDecided',
    version: 1,
    topic: topics.case,
    summary: 'It was decided whether a service-needs assessment starts after the notification.',
    informationClass: 'child-protection',
    payload: serviceNeedsAssessmentDecidedV1,
  },
  'DeadlineOverdue.v1': {
    type: 'DeadlineOverdue',
    version: 1,
    topic: topics.case,
    summary: 'A statutory deadline of the case passed without being met (raised once).',
    informationClass: 'child-protection',
    payload: deadlineOverdueV1,
  },
  'ConsentGiven.v1': {
    type: 'ConsentGiven',
    version: 1,
    topic: topics.case,
    summary: 'A guardian or young person let an agency see a class of information, until a date.',
    informationClass: 'shared-plan',
    payload: consentGivenV1,
  },
  'ConsentWithdrawn.v1': {
    type: 'ConsentWithdrawn',
    version: 1,
    topic: topics.case,
    summary: 'A consent was withdrawn; it stops applying at once, in every service.',
    informationClass: 'shared-plan',
    payload: consentWithdrawnV1,
  },
  'MeetingMinutesFinalised.v1': {
    type: 'MeetingMinutesFinalised',
    version: 1,
    topic: topics.case,
    summary: "The systemic team's minutes for this case were finalised, with its decisions.",
    informationClass: 'child-protection',
    payload: meetingMinutesFinalisedV1,
  },
  'MeetingMinutesAmended.v1': {
    type: 'MeetingMinutesAmended',
    version: 1,
    topic: topics.case,
    summary: 'Finalised minutes were amended, visibly.',
    informationClass: 'child-protection',
    payload: meetingMinutesAmendedV1,
  },
  'AssessmentStarted.v1': {
    type: 'AssessmentStarted',
    version: 1,
    topic: topics.assessment,
    summary: "The responsible worker opened a multi-actor assessment of the child's situation over a frame of domains.",
    informationClass: 'shared-plan',
    payload: assessmentStartedV1,
  },
  'AssessmentParticipantInvited.v1': {
    type: 'AssessmentParticipantInvited',
    version: 1,
    topic: topics.assessment,
    summary: 'A member of the care team was asked for their own view in an assessment, by a due date.',
    informationClass: 'shared-plan',
    payload: assessmentParticipantInvitedV1,
  },
  'AssessmentContributionSubmitted.v1': {
    type: 'AssessmentContributionSubmitted',
    version: 1,
    topic: topics.assessment,
    summary: 'An invitee submitted their view (its content stays in the assessment, under its information class).',
    informationClass: 'shared-plan',
    payload: assessmentContributionSubmittedV1,
  },
  'AssessmentContributionAmended.v1': {
    type: 'AssessmentContributionAmended',
    version: 1,
    topic: topics.assessment,
    summary: 'A submitted view was corrected by a visible addendum.',
    informationClass: 'shared-plan',
    payload: assessmentContributionAmendedV1,
  },
  'ChildSafetyConcernRaised.v1': {
    type: 'ChildSafetyConcernRaised',
    version: 1,
    topic: topics.assessment,
    summary: 'The child answered that they do not feel safe: raised at once to the responsible worker, whatever the due dates.',
    informationClass: 'child-protection',
    payload: childSafetyConcernRaisedV1,
  },
  'AssessmentInvitationOverdue.v1': {
    type: 'AssessmentInvitationOverdue',
    version: 1,
    topic: topics.assessment,
    summary: "An invitee's view was not submitted by its due date: flagged once to the worker who leads the assessment.",
    informationClass: 'shared-plan',
    payload: assessmentInvitationOverdueV1,
  },
  'AssessmentVisibilityChanged.v1': {
    type: 'AssessmentVisibilityChanged',
    version: 1,
    topic: topics.assessment,
    summary:
      "The assessment applied a consent given or withdrawn: from now on every read of the case's assessment views follows it.",
    informationClass: 'shared-plan',
    payload: assessmentVisibilityChangedV1,
    readAgain: true,
  },
  'AssessmentCompleted.v1': {
    type: 'AssessmentCompleted',
    version: 1,
    topic: topics.assessment,
    summary:
      "The responsible worker completed the assessment's synthesis, with the needs it identified; a service-needs assessment meets the case's deadline.",
    informationClass: 'shared-plan',
    payload: assessmentCompletedV1,
  },
  'PlanVersionSignedOff.v1': {
    type: 'PlanVersionSignedOff',
    version: 1,
    topic: topics.plan,
    summary: "Every party signed a version of the child's client plan; its review is due within a year.",
    informationClass: 'shared-plan',
    payload: planVersionSignedOffV1,
  },
  'PlanDraftStarted.v1': {
    type: 'PlanDraftStarted',
    version: 1,
    topic: topics.plan,
    summary: "A draft version of the child's client plan was started: blank, from the assessment, or from the version in force.",
    informationClass: 'shared-plan',
    payload: planDraftStartedV1,
  },
  'PlanRevisionSaved.v1': {
    type: 'PlanRevisionSaved',
    version: 1,
    topic: topics.plan,
    summary: 'A change to the client plan was saved as a revision, substantive or not.',
    informationClass: 'shared-plan',
    payload: planRevisionSavedV1,
  },
  'PlanSignOffRequested.v1': {
    type: 'PlanSignOffRequested',
    version: 1,
    topic: topics.plan,
    summary: 'A version of the client plan was put to its parties to sign, binding the hash of its content.',
    informationClass: 'shared-plan',
    payload: planSignOffRequestedV1,
  },
  'PlanVersionSigned.v1': {
    type: 'PlanVersionSigned',
    version: 1,
    topic: topics.plan,
    summary: 'A party signed, or commented on, a version of the client plan.',
    informationClass: 'shared-plan',
    payload: planVersionSignedV1,
  },
  'PlanVersionDeclined.v1': {
    type: 'PlanVersionDeclined',
    version: 1,
    topic: topics.plan,
    summary: 'A party declined to sign a version of the client plan, with a reason; the version went back to draft.',
    informationClass: 'shared-plan',
    payload: planVersionDeclinedV1,
  },
  'PlanActionUpdated.v1': {
    type: 'PlanActionUpdated',
    version: 1,
    topic: topics.plan,
    summary: 'The responsible agency moved an action of the client plan in force (its status; the notes stay with the plan).',
    informationClass: 'shared-plan',
    payload: planActionUpdatedV1,
  },
  'PlanSignOffRoundExpired.v1': {
    type: 'PlanSignOffRoundExpired',
    version: 1,
    topic: topics.plan,
    summary: 'A sign-off round of the client plan ran out of time before every party signed; the version went back to draft.',
    informationClass: 'shared-plan',
    payload: planSignOffRoundExpiredV1,
  },
  'PlanSignOffReminded.v1': {
    type: 'PlanSignOffReminded',
    version: 1,
    topic: topics.plan,
    summary: 'The parties of a sign-off round who had not answered were reminded before it ends, each once per round.',
    informationClass: 'shared-plan',
    payload: planSignOffRemindedV1,
  },
  'PlanActionOverdue.v1': {
    type: 'PlanActionOverdue',
    version: 1,
    topic: topics.plan,
    summary:
      'An action of the client plan in force passed its due date neither done nor cancelled; raised once to its responsible person and the responsible social worker.',
    informationClass: 'shared-plan',
    payload: planActionOverdueV1,
  },
  'PlanChildBirthDateRecorded.v1': {
    type: 'PlanChildBirthDateRecorded',
    version: 1,
    topic: topics.plan,
    summary:
      "The responsible social worker recorded the child's date of birth on the plan for its age rules; the date does not travel.",
    informationClass: 'shared-plan',
    payload: planChildBirthDateRecordedV1,
  },
  'PlanVisibilityChanged.v1': {
    type: 'PlanVisibilityChanged',
    version: 1,
    topic: topics.plan,
    summary:
      "The client plan applied a consent given or withdrawn: from now on every read of the case's plan shows each agency's actions as it allows.",
    informationClass: 'shared-plan',
    payload: planVisibilityChangedV1,
    readAgain: true,
  },
  'ConsultationBooked.v1': {
    type: 'ConsultationBooked',
    version: 1,
    topic: topics.booking,
    summary:
      'A consultation was booked with its experts: anonymous ones keyed by the consultation and carrying no child data, named ones by their case.',
    informationClass: 'shared-plan',
    payload: consultationBookedV1,
  },
  'ConsultationRescheduled.v1': {
    type: 'ConsultationRescheduled',
    version: 1,
    topic: topics.booking,
    summary: 'A consultation moved to another time, by the booker or an expert.',
    informationClass: 'shared-plan',
    payload: consultationRescheduledV1,
  },
  'ConsultationCancelled.v1': {
    type: 'ConsultationCancelled',
    version: 1,
    topic: topics.booking,
    summary: 'A consultation was cancelled and its time freed, or marked as not attended.',
    informationClass: 'shared-plan',
    payload: consultationCancelledV1,
  },
  'ConsultationConcluded.v1': {
    type: 'ConsultationConcluded',
    version: 1,
    topic: topics.booking,
    summary:
      "An expert recorded the consultation's outcome: advice, a child-welfare notification the school will make, or a referral; the last two reach child protection's intake.",
    // The outcome's kind is the care team's to see; what a referral says goes to intake alone, not onto a timeline.
    informationClass: 'shared-plan',
    payload: consultationConcludedV1,
  },
  'ConsultationNamed.v1': {
    type: 'ConsultationNamed',
    version: 1,
    topic: topics.booking,
    summary:
      'An anonymous consultation became one about the child of a case, because the guardian consented or the law requires a child-welfare notification; the step itself, keyed by the case.',
    informationClass: 'shared-plan',
    payload: consultationNamedV1,
  },
  'CaseState.v1': {
    type: 'CaseState',
    version: 1,
    topic: caseStateTopic,
    summary:
      "The case's whole care team and consents (removed members and withdrawn consents included), after every change to either; the latest per case is kept for good.",
    informationClass: 'shared-plan',
    payload: caseStateV1,
  },
  'CaseStateErased.v1': {
    type: 'CaseStateErased',
    version: 1,
    topic: caseStateTopic,
    summary: "The case's data was erased: a tombstone, so compaction removes its state; every projection forgets the case.",
    informationClass: 'shared-plan',
    payload: caseStateErasedV1,
    tombstone: true,
  },
  'AccessRecorded.v1': {
    type: 'AccessRecorded',
    version: 1,
    topic: auditRecordsTopic,
    summary:
      "A service recorded a read or disclosure of the case's client data in its audit log: who, when, what and why (Act on client data 703/2023).",
    // Which agencies processed the child's data tells its own story (a psychiatry clinician reading health
    // information): the family and the responsible worker see it in the access report, nobody else.
    informationClass: 'child-protection',
    payload: accessRecordedV1,
  },
} as const satisfies Record<string, EventDefinition>;

export type EventName = keyof typeof eventCatalog;
export type PayloadOf<N extends EventName> = z.infer<(typeof eventCatalog)[N]['payload']>;

export function eventName(type: string, version: number): string {
  return `${type}.v${version}`;
}

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(eventCatalog, name);
}

/** Whether the event only tells readers to read again (see `EventDefinition.readAgain`): no place on a case's timeline. */
export function onlyReadAgain(name: string): boolean {
  return isEventName(name) && (eventCatalog[name] as EventDefinition).readAgain === true;
}

/** Whether the relay sends this event as a tombstone (see `EventDefinition.tombstone`). */
export function sentAsTombstone(name: string): boolean {
  return isEventName(name) && (eventCatalog[name] as EventDefinition).tombstone === true;
}
