import type { FieldRule } from './field-visibility.js';

/**
 * What each reader sees of a case, field by field: the decision, written down once. Each service's
 * view is redacted by its table (`redact(view, caseFields, caseSight(reader))`); a field a table does
 * not name is never served, and the compiler refuses a view whose table misses a field.
 *
 * How to read it: a field of class `shared-plan` is seen by every party to the case (the care team,
 * the child and the family, the responsible worker's systemic team); `child-protection`, `health`
 * and `school` by those who see that class (`classReach`: child protection always, another agency
 * with the family's consent, the family never); `reference` fields are ids and bookkeeping.
 *
 * The decisions that are not obvious:
 * - The notifier's identity is child protection's alone, and only of those who handle the case: the
 *   responsible worker and child-protection professionals on the care team. Not the systemic team,
 *   and no consent opens it to another agency (a notifier may ask to stay unnamed to the family; the
 *   notification's channel and content are child-protection information, consent can share those).
 * - The child and the family see their own case's basic facts (the child, the guardians, the status
 *   and its dates, the responsible worker), the care team's names and roles, the consents and the
 *   law's deadlines; not the notification, the notifier, the case's origin or the reasons recorded for
 *   closing it, which their worker goes through with them (Act 812/2000 11 §, LSL 26 §).
 * - The personal identity code is child-protection information: the other parties know the child by
 *   name and date of birth.
 * - Consents are shown whole to every party: what the family has allowed to be shared, with whom and
 *   until when, is what every party must know to act on it.
 * - The timeline is filtered entry by entry: an entry carries its event's class (the event catalog)
 *   and is shown whole to those who see that class.
 */

const notifier: FieldRule = { class: 'child-protection', only: ['responsible-worker', 'child-protection'] };

/** `GET /cases/:caseId`, and the case a command on it answers with. */
export const caseFields = {
  id: 'reference',
  status: 'shared-plan',
  statusReason: 'child-protection',
  origin: 'child-protection',
  receivedAt: 'shared-plan',
  language: 'shared-plan',
  child: { name: 'shared-plan', dateOfBirth: 'shared-plan', personalIdentityCode: 'child-protection' },
  guardians: 'shared-plan',
  notification: { channel: 'child-protection', notifierName: notifier, content: 'child-protection' },
  responsibleWorker: 'shared-plan',
  openedAt: 'shared-plan',
  closedAt: 'shared-plan',
} as const;

/** `GET /cases`: one entry per case of the caller. */
export const caseSummaryFields = {
  id: 'reference',
  status: 'shared-plan',
  origin: 'child-protection',
  receivedAt: 'shared-plan',
  responsibleWorker: 'shared-plan',
  openedAt: 'shared-plan',
  childName: 'shared-plan',
} as const;

/** `GET /cases/:caseId/care-team`: names and roles of everyone taking part. */
export const careTeamMemberFields = {
  memberId: 'reference',
  caseId: 'reference',
  userId: 'shared-plan',
  displayName: 'shared-plan',
  agency: 'shared-plan',
  participantKind: 'shared-plan',
  roleInCase: 'shared-plan',
  since: 'shared-plan',
  until: 'shared-plan',
  active: 'shared-plan',
} as const;

/** `GET /cases/:caseId/consents`. */
export const consentFields = {
  consentId: 'reference',
  caseId: 'reference',
  informationClass: 'shared-plan',
  toAgency: 'shared-plan',
  validFrom: 'shared-plan',
  validUntil: 'shared-plan',
  givenBy: 'shared-plan',
  method: 'shared-plan',
  givenAt: 'shared-plan',
  recordedBy: 'shared-plan',
  withdrawn: 'shared-plan',
  inForce: 'shared-plan',
} as const;

/** The law's clocks: `GET /cases/:caseId/deadlines`, `/deadlines/mine`, `/teams/:teamId/deadlines`. */
export const deadlineFields = {
  deadlineId: 'reference',
  caseId: 'reference',
  childName: 'shared-plan',
  kind: 'shared-plan',
  dueOn: 'shared-plan',
  status: 'shared-plan',
  overdue: 'shared-plan',
  late: 'shared-plan',
} as const;

/** `GET /teams/:teamId/cases`: the systemic team's open cases. */
export const teamCaseFields = {
  caseId: 'reference',
  responsibleWorker: 'shared-plan',
  openedAt: 'shared-plan',
  nearestDeadline: 'shared-plan',
} as const;

/** One agenda case of a systemic team meeting's minutes (`GET /meetings/:meetingId`). */
export const agendaCaseFields = {
  position: 'reference',
  caseId: 'reference',
  childName: 'shared-plan',
  responsibleWorker: 'shared-plan',
  hypotheses: 'child-protection',
  reflections: 'child-protection',
  decisions: 'child-protection',
} as const;

/** An amendment to finalised minutes; its reader's sight is what they see on every case it concerns. */
export const amendmentFields = {
  id: 'reference',
  caseIds: 'reference',
  text: 'child-protection',
  author: 'reference',
  amendedAt: 'reference',
} as const;

/** `GET /tasks`: a task a meeting decision became, with the decision's words. */
export const taskFields = {
  taskId: 'reference',
  decisionId: 'reference',
  meetingId: 'reference',
  caseId: 'reference',
  owner: 'reference',
  dueOn: 'reference',
  status: 'reference',
  statusChangedAt: 'reference',
  decision: 'child-protection',
} as const;
