import { Controller, Get, Patch } from '@nestjs/common';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { AuditedRead } from '@yhdessa/audit';
import type { Redacted } from '@yhdessa/access';
import { Returns, UuidParam, ZodBody, ZodQuery } from '@yhdessa/platform';
import { z } from 'zod';
import { teamStaffRoles } from '../team/team.commands.js';
import { listTasksQuery, setTaskStatusCommand, type ListTasksQuery, type SetTaskStatusCommand } from './meeting.commands.js';
import type { OwnTaskView } from './meeting.view.js';
import { ownTaskForReaderSchema } from './meeting.view.schema.js';
import { TaskService } from './task.service.js';

/** The tasks meeting decisions became, as their owners work through them and their teams' coordinators follow them. */
@Controller('tasks')
@RequireRoles(...teamStaffRoles)
export class TaskController {
  constructor(private readonly tasks: TaskService) {}

  @Get()
  @AuditedRead({
    resource: 'meeting-task',
    informationClass: 'child-protection',
    purpose: 'care-team-work',
    caseIds: ({ result }) => (result as OwnTaskView[]).map((task) => task.caseId),
  })
  @Returns(z.array(ownTaskForReaderSchema))
  listOpen(
    @ZodQuery(listTasksQuery) query: ListTasksQuery,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<Redacted<OwnTaskView>[]> {
    return this.tasks.listOpen(query, caller);
  }

  @Patch(':taskId')
  @Returns(ownTaskForReaderSchema)
  setStatus(
    @UuidParam('taskId') taskId: string,
    @ZodBody(setTaskStatusCommand) command: SetTaskStatusCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<Redacted<OwnTaskView>> {
    return this.tasks.setStatus(taskId, command, caller);
  }
}
