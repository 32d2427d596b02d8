import { Controller, Get } from '@nestjs/common';
import { CurrentUser, type AuthenticatedUser } from '@yhdessa/auth';
import { NoClientData } from '@yhdessa/audit';
import { Returns } from '@yhdessa/platform';
import { z } from 'zod';
import { ReminderService } from './reminder.service.js';
import { reminderViewSchema, type ReminderView } from './reminder.view.schema.js';

@Controller('reminders')
export class ReminderController {
  constructor(private readonly reminders: ReminderService) {}

  /** The caller's reminders of consultations coming up: type and time only, so no client data is read. */
  @Get('mine')
  @NoClientData()
  @Returns(z.array(reminderViewSchema))
  mine(@CurrentUser() caller: AuthenticatedUser): Promise<ReminderView[]> {
    return this.reminders.mine(caller);
  }
}
