import { Injectable } from '@nestjs/common';
import { CaseReaders, redact, sightOn, taskFields, type Redacted } from '@yhdessa/access';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { Clock } from '@yhdessa/platform';
import { DataSource, In, type EntityManager } from 'typeorm';
import { MeetingDecisionEntity } from './meeting-decision.entity.js';
import { MeetingTaskEntity } from './meeting-task.entity.js';
import type { SetTaskStatusCommand } from './meeting.commands.js';
import { MeetingError, MeetingErrorCode } from './meeting.error.js';
import { toTaskView, type TaskView } from './meeting.view.js';
import { checkTaskTransition } from './task-status.domain.js';

/** A task as its owner sees it: with the decision it came from. */
export interface OwnTaskView extends TaskView {
  decision: string;
}

@Injectable()
export class TaskService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly readers: CaseReaders,
  ) {}

  /** The caller's open tasks, the soonest due first. */
  async listOpen(caller: AuthenticatedUser): Promise<Redacted<OwnTaskView>[]> {
    const manager = this.dataSource.manager;
    const tasks = await manager.find(MeetingTaskEntity, { where: { ownerId: caller.userId, status: 'open' }, order: { dueOn: 'ASC', id: 'ASC' } });
    const decisions = tasks.length === 0 ? [] : await manager.findBy(MeetingDecisionEntity, { id: In(tasks.map((task) => task.decisionId)) });
    const textById = new Map(decisions.map((decision) => [decision.id, decision.text]));
    return this.visibleTo(caller, tasks.map((task) => ({ ...toTaskView(task), decision: textById.get(task.decisionId) ?? '' })));
  }

  /** Only the owner moves their task; to anyone else it does not exist. */
  async setStatus(taskId: string, command: SetTaskStatusCommand, caller: AuthenticatedUser): Promise<Redacted<OwnTaskView>> {
    const changed = await this.dataSource.transaction(async (manager) => {
      const task = await manager.findOne(MeetingTaskEntity, { where: { id: taskId }, lock: { mode: 'pessimistic_write' } });
      if (!task || task.ownerId !== caller.userId) throw new MeetingError(MeetingErrorCode.TaskNotFound, 'No such task.');
      const transition = checkTaskTransition(task.status, command.status);
      if (transition === 'refused') {
        throw new MeetingError(MeetingErrorCode.TaskTransitionRefused, `A ${task.status} task cannot become ${command.status}.`);
      }
      if (transition === 'apply') {
        Object.assign(task, { status: command.status, statusChangedAt: this.clock.now() });
        await manager.update(MeetingTaskEntity, { id: taskId }, { status: task.status, statusChangedAt: task.statusChangedAt });
      }
      return this.withDecision(task, manager);
    });
    const readers = await this.readers.readersOn([changed.caseId], caller);
    return redact(changed, taskFields, sightOn(readers, changed.caseId));
  }

  /**
   * Each task with what its owner sees of its case: a decision's words are the case's child-protection
   * information, so a task whose case has left the owner's reach keeps only its bookkeeping.
   */
  private async visibleTo(caller: AuthenticatedUser, tasks: OwnTaskView[]): Promise<Redacted<OwnTaskView>[]> {
    const readers = await this.readers.readersOn(tasks.map((task) => task.caseId), caller);
    return tasks.map((task) => redact(task, taskFields, sightOn(readers, task.caseId)));
  }

  private async withDecision(task: MeetingTaskEntity, manager: EntityManager): Promise<OwnTaskView> {
    const decision = await manager.findOneByOrFail(MeetingDecisionEntity, { id: task.decisionId });
    return { ...toTaskView(task), decision: decision.text };
  }
}
