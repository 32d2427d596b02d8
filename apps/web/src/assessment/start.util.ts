import { isApiProblem } from '../api/api-problem.js';
import type { paths } from '../api/assessment.openapi.js';
import { helsinkiWallClock } from '../time/finnish-format.util.js';
import { parseFinnishDate } from '../time/helsinki-time.util.js';

/** `POST /cases/:caseId/assessments`, as the generated client types it. */
export type StartAssessmentCommand = paths['/cases/{caseId}/assessments']['post']['requestBody']['content']['application/json'];

export const assessmentKinds = ['service-needs', 'reassessment'] as const;
export type AssessmentKind = (typeof assessmentKinds)[number];

/** A member of the care team as the case-coordination service lists them to the reader. */
export interface CareTeamMember {
  userId?: string;
  displayName?: string;
  agency?: string;
  participantKind?: string;
  roleInCase?: string;
  active?: boolean;
}

/** Someone the lead may invite: an active member of the care team, of any agency, the family included. */
export interface Candidate {
  userId: string;
  displayName: string;
  agency: string;
  participantKind: string;
  roleInCase: string;
}

/** The frame an assessment starts on unless another is chosen (the service's own default). */
export const DEFAULT_FRAME_KEY = 'wellbeing-star';

export interface StartForm {
  /** The frame's key: the assessment keeps its latest version. */
  frameKey: string;
  kind: AssessmentKind;
  blindUntilSubmitted: boolean;
  /** The invited, by user id, each with the due date as typed (`8.1.2027`). */
  chosen: Record<string, { dueOn: string }>;
}

/** A form's refusals by the field they concern (`frameKey`, `kind`, `invitees`, `invitee:<userId>`, `due:<userId>`), each a translation key. */
export type StartErrors = Record<string, string>;
export const inviteeField = (userId: string) => `invitee:${userId}`;
export const dueField = (userId: string) => `due:${userId}`;

/** Professionals first, then the foster carers and guardians, the child last; the lead never invites themself. */
const kindOrder = ['professional', 'foster-carer', 'guardian', 'child'];

export function candidatesOf(members: readonly CareTeamMember[], leadUserId: string): Candidate[] {
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const member of members) {
    if (member.active === false || !member.userId || member.userId === leadUserId || seen.has(member.userId)) continue;
    seen.add(member.userId);
    candidates.push({
      userId: member.userId,
      displayName: member.displayName ?? '',
      agency: member.agency ?? '',
      participantKind: member.participantKind ?? 'professional',
      roleInCase: member.roleInCase ?? '',
    });
  }
  const rank = (kind: string) => (kindOrder.includes(kind) ? kindOrder.indexOf(kind) : kindOrder.length);
  return candidates.sort((a, b) => rank(a.participantKind) - rank(b.participantKind));
}

/** Whether a candidate belongs to the family (guardian, foster carer, the child) rather than an agency's professionals. */
export const isFamilyCandidate = (candidate: Candidate): boolean => candidate.participantKind !== 'professional';

/** Today in Helsinki as the API writes dates (`2026-12-23`). */
export function helsinkiToday(now: Date): string {
  const { year, month, day } = helsinkiWallClock(now);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A due date offered when someone is chosen: two weeks from today, as a form shows it (`6.1.2027`). */
export function defaultDueDate(today: string, days = 14): string {
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return `${date.getUTCDate()}.${date.getUTCMonth() + 1}.${date.getUTCFullYear()}`;
}

/**
 * The command to send, or the fields to correct: at least one invitee, each with a real due date from
 * today on. Invitations follow the candidates' order, so a refusal's `invitations.N` names one person.
 */
export function toStartCommand(
  form: StartForm,
  candidates: readonly Candidate[],
  today: string,
): { command: StartAssessmentCommand } | { errors: StartErrors } {
  const errors: StartErrors = {};
  const invitations: StartAssessmentCommand['invitations'] = [];
  for (const candidate of candidates) {
    const chosen = form.chosen[candidate.userId];
    if (!chosen) continue;
    const dueOn = parseFinnishDate(chosen.dueOn);
    if (!dueOn) errors[dueField(candidate.userId)] = 'assessmentStart.dueInvalid';
    else if (dueOn < today) errors[dueField(candidate.userId)] = 'problem.invitation_due_date_past';
    else invitations.push({ userId: candidate.userId, dueOn });
  }
  if (Object.keys(form.chosen).filter((userId) => candidates.some((c) => c.userId === userId)).length === 0)
    errors.invitees = 'assessmentStart.chooseSomeone';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    command: { frameKey: form.frameKey, kind: form.kind, blindUntilSubmitted: form.blindUntilSubmitted, invitations },
  };
}

const inviteeRefusals = new Set(['invitee_not_on_care_team', 'invitee_invited_twice']);

/**
 * The service's refusal tied to the fields it names (`invitations.2.dueOn` → that person's due date),
 * or null when it concerns no field of the form (it is then shown above the form as it is).
 */
export function startErrorsFromProblem(error: unknown, command: StartAssessmentCommand): StartErrors | null {
  if (!isApiProblem(error) || error.fields.length === 0) return null;
  const message =
    error.code === 'validation_failed'
      ? 'assessmentStart.notAccepted'
      : inviteeRefusals.has(error.code) || error.code === 'invitation_due_date_past'
        ? `problem.${error.code}`
        : 'assessmentStart.notAccepted';
  const errors: StartErrors = {};
  for (const path of error.fields) {
    const match = /^invitations\.(\d+)\.(userId|dueOn)$/.exec(path);
    const invitation = match ? command.invitations[Number(match[1])] : undefined;
    if (match && invitation) errors[(match[2] === 'dueOn' ? dueField : inviteeField)(invitation.userId)] = message;
    else if (path === 'kind') errors.kind = message;
    else if (path === 'frameKey')
      errors.frameKey = error.code === 'assessment_frame_not_found' ? 'problem.assessment_frame_not_found' : message;
    else if (path.startsWith('invitations')) errors.invitees = message;
  }
  return Object.keys(errors).length > 0 ? errors : null;
}
