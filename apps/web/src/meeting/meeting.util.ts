import type { paths } from '../api/case-coordination.openapi.js';
import type { Deadline } from '../api/case-coordination.types.js';
import { parseFinnishDate } from '../time/helsinki-time.util.js';

/** `POST /meetings/:meetingId/agenda/:caseId/decisions` and `…/hypotheses`, as the generated client types them. */
export type RecordDecisionCommand =
  paths['/meetings/{meetingId}/agenda/{caseId}/decisions']['post']['requestBody']['content']['application/json'];
export type RecordNoteCommand =
  paths['/meetings/{meetingId}/agenda/{caseId}/hypotheses']['post']['requestBody']['content']['application/json'];

/** What the team records per agenda case: the two kinds of note, and decisions. */
export type NoteKind = 'hypotheses' | 'reflections';

/** The roles of the people on systemic teams, and of the service managers who oversee them (the service's `teamStaffRoles`). */
const teamStaffRoles: readonly string[] = ['cp-social-worker', 'systemic-clinician', 'team-coordinator', 'service-manager'];

/** The systemic teams in the main menu: offered to the roles that sit on teams, as the service answers no other. */
export function seesTeams(reader: { roles: readonly string[] }): boolean {
  return reader.roles.some((role) => teamStaffRoles.includes(role));
}

/** The day a form offers for the team's meeting: the next Tuesday on or after `today` (ISO dates; weeks start on Monday). */
export function nextMeetingDay(today: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  const tuesday = 2;
  date.setUTCDate(date.getUTCDate() + ((tuesday - date.getUTCDay() + 7) % 7));
  return date.toISOString().slice(0, 10);
}

/** `2026-12-01` → `1.12.2026`, as a date field shows it. */
export const toFinnishDate = (isoDate: string): string => {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return `${day}.${month}.${year}`;
};

/**
 * Each case's nearest deadline still to meet, from a team's deadlines: what puts a case high on the
 * agenda, shown beside it. A case whose every deadline is met has none.
 */
export function nearestOpenDeadlines(deadlines: readonly Deadline[]): Map<string, Deadline> {
  const nearest = new Map<string, Deadline>();
  for (const deadline of deadlines) {
    if (!deadline.caseId || !deadline.dueOn || deadline.status === 'met') continue;
    const current = nearest.get(deadline.caseId);
    if (!current || deadline.dueOn < current.dueOn!) nearest.set(deadline.caseId, deadline);
  }
  return nearest;
}

/** The agenda case in focus: the one asked for when it is on the agenda, else the first (null for an empty agenda). */
export function caseInFocus(agendaCaseIds: readonly string[], asked: string | null): string | null {
  if (asked !== null && agendaCaseIds.includes(asked)) return asked;
  return agendaCaseIds[0] ?? null;
}

/** The agenda case before or after the one in focus, or null at either end. */
export function neighbourCase(agendaCaseIds: readonly string[], current: string, step: -1 | 1): string | null {
  const index = agendaCaseIds.indexOf(current);
  if (index < 0) return null;
  return agendaCaseIds[index + step] ?? null;
}

export interface DecisionForm {
  text: string;
  ownerId: string;
  /** As typed: `15.12.2026`. */
  dueOn: string;
}

export const decisionFormFields = ['text', 'ownerId', 'dueOn'] as const;
export type DecisionFormField = (typeof decisionFormFields)[number];
export type DecisionFormErrors = Partial<Record<DecisionFormField, string>>;

/** The decision and the task it becomes, or the fields to correct (as translation keys). */
export function toDecisionCommand(form: DecisionForm): { command: RecordDecisionCommand } | { errors: DecisionFormErrors } {
  const errors: DecisionFormErrors = {};
  const text = form.text.trim();
  if (text === '') errors.text = 'meeting.required';
  if (form.ownerId === '') errors.ownerId = 'meeting.required';
  const dueOn = parseFinnishDate(form.dueOn);
  if (form.dueOn.trim() === '') errors.dueOn = 'meeting.required';
  else if (!dueOn) errors.dueOn = 'meeting.invalidDate';
  if (Object.keys(errors).length > 0 || !dueOn) return { errors };
  return { command: { text, task: { ownerId: form.ownerId, dueOn } } };
}

/** A hypothesis or reflection; who said it is named only when it is someone else than the one writing. */
export function toNoteCommand(text: string, saidBy: string, writerId: string): RecordNoteCommand | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return saidBy === '' || saidBy === writerId ? { text: trimmed } : { text: trimmed, saidBy };
}

/** The amendments that concern one agenda case, oldest first. */
export function amendmentsOf<Amendment extends { caseIds?: string[]; amendedAt?: string }>(
  amendments: readonly Amendment[],
  caseId: string,
): Amendment[] {
  return amendments
    .filter((amendment) => amendment.caseIds?.includes(caseId))
    .sort((a, b) => (a.amendedAt ?? '').localeCompare(b.amendedAt ?? ''));
}
