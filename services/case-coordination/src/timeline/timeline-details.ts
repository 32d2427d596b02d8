import type { Envelope, EventName, PayloadOf } from '@yhdessa/contracts';

/**
 * What a timeline entry says beyond its kind, as data a reader's app words in the reader's language:
 * codes (an agency, an origin, a decision), dates, counts, versions, and the names of professionals.
 * Never a free text (a reason, a decision's words, a note) nor a family member's name: those stay with
 * the case where they were written, and the timeline travels to every care-team member's screen.
 */
export type TimelineDetails = Record<string, string | number | boolean>;

type Details = { [N in EventName]?: (payload: PayloadOf<N>) => TimelineDetails };

const details: Details = {
  'CaseOpened.v1': (p) => ({ origin: p.origin, responsibleWorker: p.responsibleWorker.displayName, overLimit: false }),
  'CaseOpened.v2': (p) => ({
    origin: p.origin,
    responsibleWorker: p.responsibleWorker.displayName,
    overLimit: p.caseloadOverride !== null,
  }),
  // A professional by name; a family member by their part only (their name is the family's).
  'CareTeamMemberAdded.v1': (p): TimelineDetails => ({
    participantKind: p.participantKind,
    agency: p.agency,
    ...(p.participantKind === 'professional' ? { name: p.displayName } : {}),
  }),
  'CareTeamMemberRemoved.v1': (p) => ({ agency: p.agency }),
  'CaseClosed.v1': () => ({}),
  'CaseReopened.v1': (p) => ({ overLimit: (p.caseloadOverride ?? null) !== null }),
  'ResponsibleWorkerChanged.v1': (p) => ({
    from: p.from.displayName,
    to: p.to.displayName,
    overLimit: p.caseloadOverride !== null,
  }),
  'ServiceNeedsAssessmentDecided.v1': (p) => ({ decision: p.decision }),
  'DeadlineOverdue.v1': (p) => ({ deadline: p.kind, dueOn: p.dueOn }),
  'ConsentGiven.v1': (p) => ({
    givenBy: p.givenBy.role,
    informationClass: p.informationClass,
    toAgency: p.toAgency,
    validUntil: p.validUntil,
  }),
  'ConsentWithdrawn.v1': (p) => ({ withdrawnBy: p.withdrawnBy.role }),
  'MeetingMinutesFinalised.v1': (p) => ({ heldOn: p.heldOn, decisions: p.decisions.length }),
  'MeetingMinutesAmended.v1': () => ({}),
  'AssessmentStarted.v1': (p) => ({ assessmentKind: p.kind }),
  'AssessmentParticipantInvited.v1': (p) => ({ participantKind: p.participantKind, agency: p.agency, dueOn: p.dueOn }),
  'AssessmentContributionSubmitted.v1': (p) => ({
    informationClass: p.informationClass,
    withChild: p.recordedByUserId !== null,
  }),
  'AssessmentContributionAmended.v1': () => ({}),
  'ChildSafetyConcernRaised.v1': () => ({}),
  'AssessmentCompleted.v1': (p) => ({ assessmentKind: p.kind, needs: p.needs.length }),
  'AssessmentInvitationOverdue.v1': (p) => ({ participantKind: p.participantKind, agency: p.agency, dueOn: p.dueOn }),
  'PlanVersionSignedOff.v1': (p) => ({ version: p.version }),
  'PlanDraftStarted.v1': (p) => ({ version: p.version, from: p.from }),
  'PlanRevisionSaved.v1': (p) => ({ version: p.version, revision: p.revision, substantive: p.substantive }),
  'PlanSignOffRequested.v1': (p) => ({ version: p.version, parties: p.signatories.length, expiresAt: p.expiresAt }),
  'PlanVersionSigned.v1': (p) => ({ version: p.version, decision: p.decision, agency: p.signatory.agency }),
  'PlanVersionDeclined.v1': (p) => ({ version: p.version, agency: p.declinedBy.agency }),
  'PlanActionUpdated.v1': (p) => ({ agency: p.agency, status: p.status, due: p.due }),
  'PlanSignOffRoundExpired.v1': (p) => ({ version: p.version, unanswered: p.unanswered.length }),
  'PlanSignOffReminded.v1': (p) => ({ version: p.version, reminded: p.reminded.length, expiresAt: p.expiresAt }),
  'PlanActionOverdue.v1': (p) => ({ agency: p.agency, due: p.due }),
  'PlanChildBirthDateRecorded.v1': () => ({}),
  // A consultation's type, time, state and outcome kind are the care team's; what it is about and what
  // the expert said stay with the booking service, which shows them only to readers who see their class.
  'ConsultationBooked.v1': (p) => ({
    bookingId: p.bookingId,
    consultationType: p.consultationType,
    startsAt: p.startsAt,
    state: 'confirmed',
  }),
  'ConsultationRescheduled.v1': (p) => ({
    bookingId: p.bookingId,
    previousStartsAt: p.from.startsAt,
    startsAt: p.to.startsAt,
    by: p.by,
    state: 'confirmed',
  }),
  'ConsultationCancelled.v1': (p) => ({ bookingId: p.bookingId, startsAt: p.startsAt, by: p.by, state: p.kind }),
  'ConsultationConcluded.v1': (p) => ({
    bookingId: p.bookingId,
    consultationType: p.consultationType,
    outcome: p.outcome,
    state: 'concluded',
  }),
  'ConsultationNamed.v1': (p) => ({ bookingId: p.bookingId, consultationType: p.consultationType, ground: p.ground }),
};

/** The entry's details, or null for an event this service does not (yet) describe: the reader's app shows its summary. */
export function timelineDetails(name: EventName, envelope: Envelope): TimelineDetails | null {
  const describe = details[name] as ((payload: unknown) => TimelineDetails) | undefined;
  return describe ? describe(envelope.payload) : null;
}
