import { Controller, Get } from '@nestjs/common';
import { AuditedRead } from '@yhdessa/audit';
import { CurrentUser, type AuthenticatedUser } from '@yhdessa/auth';
import { Returns } from '@yhdessa/platform';
import { z } from 'zod';
import { SignOffReminderService } from './sign-off-reminder.service.js';
import { signOffReminderViewSchema, type SignOffReminderView } from './sign-off-reminder.view.schema.js';

const caseIdsOf = ({ result }: { result: unknown }) => [
  ...new Set((result as SignOffReminderView[]).map((reminder) => reminder.caseId)),
];

@Controller('sign-off-reminders')
export class SignOffReminderController {
  constructor(private readonly reminders: SignOffReminderService) {}

  /**
   * The caller's reminders to answer a plan version still out for signing that they have not answered:
   * the in-app notice of the watch's reminder. That they sit on the case's plan is read per case, audited.
   */
  @Get('mine')
  @AuditedRead({
    resource: 'client-plan-reminder',
    informationClass: 'shared-plan',
    purpose: 'care-team-work',
    caseIds: caseIdsOf,
  })
  @Returns(z.array(signOffReminderViewSchema))
  mine(@CurrentUser() caller: AuthenticatedUser): Promise<SignOffReminderView[]> {
    return this.reminders.mine(caller.userId);
  }
}
