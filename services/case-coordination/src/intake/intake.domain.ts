import type { OpenCaseCommand } from '../case/case.commands.js';
import { notificationContext } from './intake-notification.words.js';

export interface IntakeItem {
  itemId: string;
  bookingId: string;
  kind: 'notification' | 'referral';
  consultationType: string;
  receivedAt: string;
  notifier: { userId: string; displayName: string; agency: string };
  school: string | null;
  ageBand: string | null;
  concernCategory: string | null;
  summary: string;
  caseId: string | null;
}

const channelOf: Record<string, OpenCaseCommand['notification']['channel']> = {
  school: 'school',
  psychiatry: 'health-care',
  'child-protection': 'social-services',
};

/**
 * The case intake opens from an item: a notification or a referral as received from the consultation,
 * on the day it was received (the law's clocks start there), with the notifier and what they told;
 * intake adds the child, the guardians and the language. What the consultation told about the child
 * (school, age group, the concern) is written under the notifier's words in the case's language.
 */
export function caseFromIntake(
  item: IntakeItem,
  intake: Omit<OpenCaseCommand, 'origin' | 'receivedAt' | 'notification'>,
): OpenCaseCommand {
  const context = notificationContext(intake.language, item);
  return {
    ...intake,
    origin: item.kind === 'notification' ? 'child-welfare-notification' : 'consultation-referral',
    receivedAt: item.receivedAt,
    notification: {
      channel: channelOf[item.notifier.agency] ?? 'other',
      notifierName: item.notifier.displayName,
      content: [item.summary, ...context].join('\n'),
    },
  };
}
