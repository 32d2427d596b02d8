import type { Envelope, EventName, PayloadOf } from '@yhdessa/contracts';

/** A service manager's caseload override, as the timeline tells it; nothing when there was none. */
const overridden = (override: { reason: string } | null | undefined) =>
  override ? `; over the statutory caseload limit by a service manager's decision: ${override.reason}` : '';

type Summaries = { [N in EventName]?: (payload: PayloadOf<N>) => string };

const summaries: Summaries = {
  'CaseOpened.v1': (p) =>
    `Case opened (${p.origin.replace(/-/g, ' ')}); responsible social worker ${p.responsibleWorker.displayName}`,
  'CaseOpened.v2': (p) =>
    `Case opened (${p.origin.replace(/-/g, ' ')}); responsible social worker ${p.responsibleWorker.displayName}${overridden(p.caseloadOverride)}`,
  'CareTeamMemberAdded.v1': (p) => `${p.displayName} (${p.agency}, ${p.roleInCase}) joined the care team`,
  'CareTeamMemberRemoved.v1': () => 'A member left the care team',
  'CaseClosed.v1': (p) => `Case closed: ${p.reason}`,
  'CaseReopened.v1': (p) => `Case reopened: ${p.reason}${overridden(p.caseloadOverride)}`,
  // Shared with every agency on the care team: the override shows, its reason stays with child protection.
  'ResponsibleWorkerChanged.v1': (p) =>
    `Responsible social worker changed from ${p.from.displayName} to ${p.to.displayName}${p.caseloadOverride ? ', over the statutory caseload limit by a service manager’s decision' : ''}`,
  'ServiceNeedsAssessmentDecided.v1': (p) =>
    p.decision === 'start' ? 'Service-needs assessment started' : 'No service-needs assessment',
  'DeadlineOverdue.v1': (p) => `Deadline passed: ${p.kind.replace(/-/g, ' ')} (due ${p.dueOn})`,
  'ConsentGiven.v1': (p) =>
    `Consent given by the ${p.givenBy.role.replace('-', ' ')}: ${p.informationClass} information to ${p.toAgency} until ${p.validUntil}`,
  'ConsentWithdrawn.v1': (p) => `Consent withdrawn by the ${p.withdrawnBy.role.replace('-', ' ')}`,
  'MeetingMinutesFinalised.v1': (p) => `Systemic team meeting ${p.heldOn}: ${p.decisions.length} decision(s)`,
  'MeetingMinutesAmended.v1': () => 'Meeting minutes amended',
  'AssessmentStarted.v1': (p) =>
    `Multi-agency assessment started (${p.kind === 'service-needs' ? 'service needs assessment' : 'reassessment'})`,
  'AssessmentParticipantInvited.v1': (p) =>
    `A ${p.participantKind.replace('-', ' ')} (${p.agency}) was invited to give a view in the assessment by ${p.dueOn}`,
  'AssessmentContributionSubmitted.v1': (p) =>
    `A view was given in the assessment (${p.informationClass} information)${p.recordedByUserId ? ', recorded with the child' : ''}`,
  'AssessmentContributionAmended.v1': () => 'A view in the assessment was amended by an addendum',
  'ChildSafetyConcernRaised.v1': () => 'The child said they do not feel safe: raised to the responsible social worker at once',
  'AssessmentCompleted.v1': (p) => `Assessment completed: ${p.needs.length} need(s) identified`,
  'AssessmentInvitationOverdue.v1': (p) =>
    `A ${p.participantKind.replace('-', ' ')}'s view (${p.agency}) in the assessment is overdue (due ${p.dueOn})`,
  'PlanVersionSignedOff.v1': (p) => `Client plan version ${p.version} signed by every party`,
  'PlanDraftStarted.v1': (p) =>
    p.from === 'version-in-force'
      ? `Client plan version ${p.version} drafted: a substantive change to the plan in force, to be signed again`
      : `Client plan version ${p.version} drafted`,
  'PlanRevisionSaved.v1': (p) =>
    `Client plan version ${p.version} changed (revision ${p.revision}${p.substantive ? '' : ', not substantive'})`,
  'PlanSignOffRequested.v1': (p) =>
    `Client plan version ${p.version} sent to ${p.signatories.length} parties for signing until ${p.expiresAt.slice(0, 10)}`,
  'PlanVersionSigned.v1': (p) =>
    p.decision === 'commented'
      ? `The child commented on client plan version ${p.version}`
      : `A party (${p.signatory.agency}) signed client plan version ${p.version}`,
  'PlanVersionDeclined.v1': (p) =>
    `A party (${p.declinedBy.agency}) declined to sign client plan version ${p.version}: ${p.reason}`,
  'PlanActionUpdated.v1': (p) => `A client plan action of ${p.agency} is now ${p.status} (due ${p.due})`,
  'PlanSignOffRoundExpired.v1': (p) =>
    `The time to sign client plan version ${p.version} ran out with ${p.unanswered.length} part(ies) unanswered; it is a draft again`,
  'PlanSignOffReminded.v1': (p) =>
    `${p.reminded.length} part(ies) reminded to answer client plan version ${p.version} by ${p.expiresAt.slice(0, 10)}`,
  'PlanActionOverdue.v1': (p) => `A client plan action of ${p.agency} is overdue (due ${p.due})`,
  'PlanChildBirthDateRecorded.v1': () => "The child's date of birth was recorded on the client plan",
  'ConsultationBooked.v1': (p) => `A ${p.consultationType.replace(/-/g, ' ')} consultation was booked for ${p.startsAt}`,
  'ConsultationRescheduled.v1': (p) => `A consultation was moved from ${p.from.startsAt} to ${p.to.startsAt} by the ${p.by}`,
  'ConsultationCancelled.v1': (p) =>
    p.kind === 'no-show'
      ? `The consultation of ${p.startsAt} was not attended`
      : `The consultation of ${p.startsAt} was cancelled by the ${p.by}`,
  'ConsultationConcluded.v1': (p) =>
    `The ${p.consultationType.replace(/-/g, ' ')} consultation ended with ${p.outcome === 'advice' ? 'advice' : `a ${p.outcome}`}`,
  'ConsultationNamed.v1': (p) =>
    `An anonymous ${p.consultationType.replace(/-/g, ' ')} consultation was linked to this case (${p.ground === 'guardian-consent' ? "the guardian's consent" : 'a child-welfare notification the law requires'})`,
};

/** One line for the timeline, in the words a worker would use; the payload stays with its service. */
export function timelineSummary(name: EventName, envelope: Envelope): string {
  const summarise = summaries[name] as ((payload: unknown) => string) | undefined;
  return summarise ? summarise(envelope.payload) : `${envelope.type} (version ${envelope.version})`;
}
