import { isApiProblem } from '../api/api-problem.js';
import type { paths } from '../api/case-coordination.openapi.js';
import type { Person } from '../people/person.types.js';
import { parseFinnishDate } from '../time/helsinki-time.util.js';

/** `POST /cases/:caseId/care-team`, as the generated client types it. */
export type AddCareTeamMemberCommand = paths['/cases/{caseId}/care-team']['post']['requestBody']['content']['application/json'];

export interface AddMemberForm {
  /** The professional picked from the people directory. */
  person: Person | null;
  /** What they do in this child's case ("luokanopettaja"). */
  roleInCase: string;
  /** From which day (d.M.yyyy), and until which, if an end is known. */
  since: string;
  until: string;
}

export const addMemberFields = ['person', 'roleInCase', 'since', 'until'] as const;
export type AddMemberField = (typeof addMemberFields)[number];
export type AddMemberErrors = Partial<Record<AddMemberField, string>>;

export const emptyAddMemberForm = (today: string): AddMemberForm => ({ person: null, roleInCase: '', since: today, until: '' });

/**
 * The command to send, or the fields to correct (translation keys). The people directory lists
 * professionals only, so the member joins as one, of the agency the directory names.
 */
export function toAddMemberCommand(form: AddMemberForm): { command: AddCareTeamMemberCommand } | { errors: AddMemberErrors } {
  const errors: AddMemberErrors = {};
  if (!form.person) errors.person = 'addMember.choosePerson';
  if (form.roleInCase.trim() === '') errors.roleInCase = 'addMember.required';
  const since = parseFinnishDate(form.since);
  if (form.since.trim() === '') errors.since = 'addMember.required';
  else if (!since) errors.since = 'addMember.invalidDate';
  const until = form.until.trim() === '' ? null : parseFinnishDate(form.until);
  if (form.until.trim() !== '' && !until) errors.until = 'addMember.invalidDate';
  else if (since && until && until < since) errors.until = 'addMember.untilBeforeSince';
  if (Object.keys(errors).length > 0 || !form.person) return { errors };
  return {
    command: {
      userId: form.person.userId,
      displayName: form.person.displayName,
      agency: form.person.agency,
      participantKind: 'professional',
      roleInCase: form.roleInCase.trim(),
      since: since!,
      until,
    },
  };
}

/** The command's fields as the form names them: the person is chosen as one. */
const fieldOfCommand: Record<string, AddMemberField> = {
  userId: 'person',
  displayName: 'person',
  agency: 'person',
  participantKind: 'person',
  roleInCase: 'roleInCase',
  since: 'since',
  until: 'until',
};

/**
 * A refusal the service ties to a field, as the form shows it beside that field: someone already on
 * the care team, or fields that did not pass validation. Null for any other problem, shown on its own.
 */
export function addMemberErrorsFromProblem(error: unknown): AddMemberErrors | null {
  if (!isApiProblem(error)) return null;
  if (error.code === 'already_on_care_team') return { person: 'problem.already_on_care_team' };
  if (error.code !== 'validation_failed') return null;
  const errors: AddMemberErrors = {};
  for (const path of error.fields) {
    const field = fieldOfCommand[path.split('.')[0]!];
    if (field) errors[field] = 'addMember.notAccepted';
  }
  return Object.keys(errors).length > 0 ? errors : null;
}
