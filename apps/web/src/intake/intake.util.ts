import type { components, paths } from '../api/case-coordination.openapi.js';
import { toOpenCaseCommand, type FieldErrors, type OpenCaseForm } from '../open-case/open-case.form.util.js';

export type IntakeItem = components['schemas']['IntakeItem'];
/** `POST /intake/:itemId/open-case`: the child, the guardians and the language; the notification comes from the item. */
export type OpenFromIntakeCommand = paths['/intake/{itemId}/open-case']['post']['requestBody']['content']['application/json'];

/** The parts of the open-case form intake asks for: the notification is the item's own. */
export const intakeFields = ['childName', 'identityCode', 'dateOfBirth', 'guardians'] as const;

/**
 * The request that opens the case from an item, or the fields to correct: the child's part of the same
 * rules as opening a case by hand (name; identity code checked, or a date of birth; guardians by
 * name). The notification, its channel, notifier and day received are the item's, set by the service.
 */
export function toOpenFromIntakeCommand(form: OpenCaseForm): { command: OpenFromIntakeCommand } | { errors: FieldErrors } {
  const result = toOpenCaseCommand({ ...form, receivedDate: '1.1.2000', receivedTime: '0.00', channel: 'other', content: '-' });
  if ('errors' in result) return result;
  const { language, child, guardians } = result.command;
  return { command: { language, child, guardians } };
}

/** Items waiting for a case first, oldest received first: the law's clock has run longest on them. */
export function waitingFirst(items: readonly IntakeItem[]): IntakeItem[] {
  return items.filter((item) => item.caseId === null).sort((a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt));
}

/** Who may open a case from intake: child protection's social workers and service managers (the service's rule). */
export const usesIntake = (reader: { roles: readonly string[] }): boolean =>
  reader.roles.some((role) => role === 'cp-social-worker' || role === 'service-manager');
