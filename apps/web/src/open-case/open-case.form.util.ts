import type { paths } from '../api/case-coordination.openapi.js';
import { helsinkiInstant, helsinkiNowForForm, parseClockTime, parseFinnishDate } from '../time/helsinki-time.util.js';
import { checkIdentityCode, normaliseIdentityCode } from './identity-code.util.js';

/** `POST /cases`, as the generated client types it. */
export type OpenCaseCommand = paths['/cases']['post']['requestBody']['content']['application/json'];
export type NotifierChannel = OpenCaseCommand['notification']['channel'];
export type CaseLanguage = OpenCaseCommand['language'];

export const notifierChannels: readonly NotifierChannel[] = [
  'school',
  'health-care',
  'police',
  'early-childhood-education',
  'social-services',
  'family',
  'anonymous',
  'other',
];
export const caseLanguages: readonly CaseLanguage[] = ['fi', 'sv', 'other'];
export const maxGuardians = 4;

/** The form as typed: dates and times as a person in Finland writes them. */
export interface OpenCaseForm {
  receivedDate: string;
  receivedTime: string;
  channel: NotifierChannel | '';
  notifierName: string;
  content: string;
  childName: string;
  identityCode: string;
  noIdentityCode: boolean;
  dateOfBirth: string;
  language: CaseLanguage;
  guardians: string[];
}

/** The form's fields in the order they appear, which is the order errors are listed in. */
export const openCaseFields = [
  'receivedDate',
  'receivedTime',
  'channel',
  'notifierName',
  'content',
  'childName',
  'identityCode',
  'dateOfBirth',
  'guardians',
] as const;
export type OpenCaseField = (typeof openCaseFields)[number];

/** Each field's error, as a translation key. */
export type FieldErrors = Partial<Record<OpenCaseField, string>>;

/** What the form's parts get: the form, a way to change one field, and a field's error state for the design system. */
export interface OpenCaseFormParts {
  form: OpenCaseForm;
  set: <K extends keyof OpenCaseForm>(key: K, value: OpenCaseForm[K]) => void;
  errorOf: (field: OpenCaseField) => { status?: 'error'; statusText?: string };
  errors: FieldErrors;
}

export function emptyOpenCaseForm(now: Date, language: CaseLanguage): OpenCaseForm {
  const { date, time } = helsinkiNowForForm(now);
  return {
    receivedDate: date,
    receivedTime: time,
    channel: '',
    notifierName: '',
    content: '',
    childName: '',
    identityCode: '',
    noIdentityCode: false,
    dateOfBirth: '',
    language,
    guardians: [''],
  };
}

/**
 * The command to send, or the fields to correct first. Only what the browser can know is checked
 * here (required fields, dates, the identity code's own rule); the service judges the rest (a case
 * already open, the caseload limit, a date in the future) and answers with a problem code.
 */
export function toOpenCaseCommand(form: OpenCaseForm): { command: OpenCaseCommand } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const receivedOn = parseFinnishDate(form.receivedDate);
  const receivedTime = parseClockTime(form.receivedTime);
  if (form.receivedDate.trim() === '') errors.receivedDate = 'openCase.required';
  else if (!receivedOn) errors.receivedDate = 'openCase.invalidDate';
  if (form.receivedTime.trim() === '') errors.receivedTime = 'openCase.required';
  else if (!receivedTime) errors.receivedTime = 'openCase.invalidTime';
  if (form.channel === '') errors.channel = 'openCase.required';
  if (form.content.trim() === '') errors.content = 'openCase.required';
  if (form.childName.trim() === '') errors.childName = 'openCase.required';

  const identityCode = normaliseIdentityCode(form.identityCode);
  const dateOfBirth = parseFinnishDate(form.dateOfBirth);
  if (form.noIdentityCode) {
    if (form.dateOfBirth.trim() === '') errors.dateOfBirth = 'openCase.required';
    else if (!dateOfBirth) errors.dateOfBirth = 'openCase.invalidDate';
  } else if (identityCode === '') {
    errors.identityCode = 'openCase.required';
  } else {
    const check = checkIdentityCode(identityCode);
    if (!check.valid) errors.identityCode = `openCase.identityCodeInvalid.${check.reason}`;
  }
  if (Object.keys(errors).length > 0) return { errors };

  const notifierName = form.notifierName.trim();
  return {
    command: {
      origin: 'child-welfare-notification',
      receivedAt: helsinkiInstant(receivedOn!, receivedTime!),
      language: form.language,
      child: form.noIdentityCode
        ? { name: form.childName.trim(), dateOfBirth: dateOfBirth! }
        : { name: form.childName.trim(), personalIdentityCode: identityCode },
      guardians: form.guardians
        .map((name) => name.trim())
        .filter((name) => name !== '')
        .map((name) => ({ name, userId: null })),
      notification: {
        channel: form.channel as NotifierChannel,
        notifierName: notifierName === '' ? null : notifierName,
        content: form.content.trim(),
      },
    },
  };
}

const serverPaths: ReadonlyArray<[RegExp, OpenCaseField]> = [
  [/^receivedAt$/, 'receivedDate'],
  [/^notification\.channel$/, 'channel'],
  [/^notification\.notifierName$/, 'notifierName'],
  [/^notification\.content$/, 'content'],
  [/^child\.name$/, 'childName'],
  [/^child\.personalIdentityCode$/, 'identityCode'],
  [/^child\.dateOfBirth$/, 'dateOfBirth'],
  [/^guardians(\.|$)/, 'guardians'],
];

const problemFields: Readonly<Record<string, (form: OpenCaseForm) => OpenCaseField>> = {
  invalid_personal_identity_code: () => 'identityCode',
  date_of_birth_mismatch: () => 'identityCode',
  received_in_future: () => 'receivedDate',
  born_after_receipt: (form) => (form.noIdentityCode ? 'dateOfBirth' : 'identityCode'),
  not_a_child: (form) => (form.noIdentityCode ? 'dateOfBirth' : 'identityCode'),
  child_already_has_open_case: () => 'identityCode',
};

/** The field a refusal of the service points at, so the error is shown beside it: by the problem's code, or its fields (validation_failed). */
export function fieldsOfProblem(code: string, serverFields: readonly string[], form: OpenCaseForm): OpenCaseField[] {
  const byCode = problemFields[code];
  if (byCode) return [byCode(form)];
  const fields = serverFields.flatMap((path) => serverPaths.filter(([pattern]) => pattern.test(path)).map(([, field]) => field));
  return openCaseFields.filter((field) => fields.includes(field));
}
