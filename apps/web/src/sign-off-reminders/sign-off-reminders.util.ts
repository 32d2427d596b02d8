import { signOffAnchor } from '../plan/plan-step-up.util.js';

export interface SignOffReminder {
  caseId: string;
  version: number;
  round: number;
  expiresAt: string;
  remindedAt: string;
}

export interface SignOffReminderItem {
  key: string;
  /** The plan's sign-off panel of the version to sign. */
  to: string;
  childName: string | null;
  version: number;
  expiresAt: string;
}

/**
 * The home's reminders to sign a client plan: each linking to the version's sign-off panel, with the
 * child's name where the reader's own cases know it, the round ending soonest first.
 */
export function signOffReminderItems(
  reminders: readonly SignOffReminder[],
  cases: ReadonlyArray<{ id?: string | null; childName?: string | null }> | undefined,
): SignOffReminderItem[] {
  return [...reminders]
    .sort((a, b) => Date.parse(a.expiresAt) - Date.parse(b.expiresAt))
    .map((reminder) => ({
      key: `${reminder.caseId}/${reminder.version}/${reminder.round}`,
      to: `/cases/${reminder.caseId}/plan#${signOffAnchor(reminder.version)}`,
      childName: cases?.find((kase) => kase.id === reminder.caseId)?.childName ?? null,
      version: reminder.version,
      expiresAt: reminder.expiresAt,
    }));
}
