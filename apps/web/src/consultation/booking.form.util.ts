import type { paths } from '../api/consultation-booking.openapi.js';
import type { IdentifyingFinding } from './booking-problem.util.js';
import type { Slot } from './slots.util.js';

/** `POST /bookings`, as the generated client types it. */
export type BookAnonymousCommand = paths['/bookings']['post']['requestBody']['content']['application/json'];
export type HoldCommand = paths['/holds']['post']['requestBody']['content']['application/json'];
export type ConsultationType = BookAnonymousCommand['consultationType'];
export type AgeBand = BookAnonymousCommand['anonymous']['ageBand'];
export type ConcernCategory = BookAnonymousCommand['anonymous']['concernCategory'];

export const consultationTypes: readonly ConsultationType[] = ['school-child-protection', 'psychiatry-liaison', 'systemic-team'];
export const ageBands: readonly AgeBand[] = ['0-6', '7-12', '13-17'];
export const concernCategories: readonly ConcernCategory[] = [
  'absence',
  'wellbeing',
  'behaviour',
  'learning',
  'family-situation',
  'safety',
  'other',
];

/** The service's limits on the free text, so the form says so before sending. */
export const limits = { school: { min: 2, max: 200 }, description: { max: 500 } } as const;

/** The anonymous details as typed: nothing here names the child. */
export interface AnonymousForm {
  ageBand: AgeBand | '';
  school: string;
  concernCategory: ConcernCategory | '';
  description: string;
}

export const anonymousFields = ['ageBand', 'school', 'concernCategory', 'description'] as const;
export type AnonymousField = (typeof anonymousFields)[number];
/** Each field's error, as a translation key. */
export type AnonymousErrors = Partial<Record<AnonymousField, string>>;

export const emptyAnonymousForm = (): AnonymousForm => ({ ageBand: '', school: '', concernCategory: '', description: '' });

/** The time chosen and, once taken, the hold on it. */
export interface ChosenTime {
  consultationType: ConsultationType;
  slot: Slot;
  holdId?: string;
}

/** What the hold of a chosen slot sends: the type, the time as offered and one expert per participant. */
export function toHoldCommand(consultationType: ConsultationType, slot: Slot): HoldCommand {
  return { consultationType, startsAt: slot.startsAt, expertIds: slot.experts.map((expert) => expert.expertId) };
}

/**
 * The booking to send, or the fields to correct first. The browser checks what it can know (each
 * field given, the lengths); whether the text identifies the child is the service's to judge, and its
 * refusal is shown at the field it names.
 */
export function toBookingCommand(
  form: AnonymousForm,
  chosen: ChosenTime,
): { command: BookAnonymousCommand } | { errors: AnonymousErrors } {
  const errors: AnonymousErrors = {};
  const school = form.school.trim();
  const description = form.description.trim();
  if (form.ageBand === '') errors.ageBand = 'consultationBooking.required';
  if (school === '') errors.school = 'consultationBooking.required';
  else if (school.length < limits.school.min) errors.school = 'consultationBooking.schoolTooShort';
  else if (school.length > limits.school.max) errors.school = 'consultationBooking.tooLong';
  if (form.concernCategory === '') errors.concernCategory = 'consultationBooking.required';
  if (description === '') errors.description = 'consultationBooking.required';
  else if (description.length > limits.description.max) errors.description = 'consultationBooking.tooLong';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    command: {
      ...toHoldCommand(chosen.consultationType, chosen.slot),
      ...(chosen.holdId ? { holdId: chosen.holdId } : {}),
      anonymous: {
        ageBand: form.ageBand as AgeBand,
        school,
        concernCategory: form.concernCategory as ConcernCategory,
        description,
      },
    },
  };
}

const serverPaths: ReadonlyArray<[RegExp, AnonymousField]> = [
  [/^anonymous\.ageBand$/, 'ageBand'],
  [/^anonymous\.school$/, 'school'],
  [/^anonymous\.concernCategory$/, 'concernCategory'],
  [/^anonymous\.description$/, 'description'],
];

/**
 * The fields a refusal points at, each with its words: identifying text where the service found it
 * (its `found` names the field), a field that did not pass validation by its path.
 */
export function errorsOfRefusal(
  code: string,
  serverFields: readonly string[],
  found: readonly IdentifyingFinding[],
): AnonymousErrors {
  if (code === 'identifying_detail_refused') {
    const fields = anonymousFields.filter((field) => found.some((finding) => finding.field === field));
    return Object.fromEntries(fields.map((field) => [field, 'consultationBooking.identifyingHere']));
  }
  if (code === 'validation_failed') {
    const fields = serverFields.flatMap((path) =>
      serverPaths.filter(([pattern]) => pattern.test(path)).map(([, field]) => field),
    );
    return Object.fromEntries(
      anonymousFields.filter((field) => fields.includes(field)).map((field) => [field, 'consultationBooking.invalid']),
    );
  }
  return {};
}

/** The professionals the service lets book a consultation (and who attend them as experts): they get "Consultations" in the menu. */
const bookerRoles = [
  'teacher',
  'special-needs-teacher',
  'school-social-worker',
  'cp-social-worker',
  'systemic-clinician',
  'team-coordinator',
  'psychiatry-clinician',
  'liaison-nurse',
];
export const booksConsultations = (reader: { roles: readonly string[] }): boolean =>
  reader.roles.some((role) => bookerRoles.includes(role));
