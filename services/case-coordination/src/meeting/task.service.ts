import { Injectable } from '@nestjs/common';
import { CaseReaders, redact, sightOn, taskFields, type Redacted } from '@yhdessa/access';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { Clock } from '@yhdessa/platform';
import { DataSource, In, type EntityManager } from 'typeorm';
import { TeamMembershipRepository } from '../team-record/team-membership.repository.js';
import { TeamError, TeamErrorCode } from '../team/team.error.js';
import { MeetingDecisionEntity } from './meeting-decision.entity.js';
import { MeetingTaskEntity } from './meeting-task.entity.js';
import type { ListTasksQuery, SetTaskStatusCommand } from './meeting.commands.js';
import { MeetingEntity } from './meeting.entity.js';
import { MeetingError, MeetingErrorCode } from './meeting.error.js';
import { toTaskView, type OwnTaskView } from './meeting.view.js';
import { decideTaskScope, type TaskQuery, type TaskScope, type TaskScopeRefusal } from './task-scope.domain.js';
import { checkTaskTransition } from './task-status.domain.js';

const scopeRefusals: Record<TaskScopeRefusal, () => TeamError> = {
  team_not_found: () => new TeamError(TeamErrorCode.TeamNotFound, 'No such team.'),
  not_team_coordinator: () =>
    new TeamError(TeamErrorCode.NotTeamCoordinator, "Only the team's coordinator follows its members' tasks."),
};

@Injectable()
export class TaskService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly readers: CaseReaders,
    private readonly membership: TeamMembershipRepository,
  ) {}

  /** Open tasks, the soonest due first: the caller's own, or a team's or a colleague's as `decideTaskScope` allows. */
  async listOpen(query: ListTasksQuery, caller: AuthenticatedUser): Promise<Redacted<OwnTaskView>[]> {
    const manager = this.dataSource.manager;
    const places = await this.membership.activePlaces(manager, caller.userId);
    const decision = decideTaskScope(
      { userId: caller.userId, serviceManager: caller.roles.includes('service-manager'), places },
      taskQuery(query, caller),
    );
    if (!decision.allowed) throw scopeRefusals[decision.code]();
    const tasks = await this.openTasks(manager, decision.scope);
    const decisions =
      tasks.length === 0 ? [] : await manager.findBy(MeetingDecisionEntity, { id: In(tasks.map((task) => task.decisionId)) });
    const textById = new Map(decisions.map((decision) => [decision.id, decision.text]));
    return this.visibleTo(
      caller,
      tasks.map((task) => ({ ...toTaskView(task), decision: textById.get(task.decisionId) ?? '' })),
    );
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
   * Each task with what the caller (its owner, or their team's coordinator) sees of its case: a
   * decision's words are the case's child-protection information, so a task whose case is out of the
   * caller's reach keeps only its bookkeeping.
   */
  private async visibleTo(caller: AuthenticatedUser, tasks: OwnTaskView[]): Promise<Redacted<OwnTaskView>[]> {
    const readers = await this.readers.readersOn(
      tasks.map((task) => task.caseId),
      caller,
    );
    return tasks.map((task) => redact(task, taskFields, sightOn(readers, task.caseId)));
  }

  private openTasks(manager: EntityManager, scope: TaskScope): Promise<MeetingTaskEntity[]> {
    const tasks = manager
      .createQueryBuilder(MeetingTaskEntity, 'task')
      .where('task.status = :status', { status: 'open' })
      .orderBy('task.dueOn', 'ASC')
      .addOrderBy('task.id', 'ASC');
    if (scope.ownerId !== null) tasks.andWhere('task.ownerId = :ownerId', { ownerId: scope.ownerId });
    if (scope.teamIds !== null) {
      tasks
        .innerJoin(MeetingEntity, 'meeting', 'meeting.id = task.meetingId')
        .andWhere('meeting.teamId IN (:...teamIds)', { teamIds: scope.teamIds });
    }
    return tasks.getMany();
  }

  private async withDecision(task: MeetingTaskEntity, manager: EntityManager): Promise<OwnTaskView> {
    const decision = await manager.findOneByOrFail(MeetingDecisionEntity, { id: task.decisionId });
    return { ...toTaskView(task), decision: decision.text };
  }
}

/** `me` is the caller; the query's schema lets through only a query naming an owner, a team, or both. */
function taskQuery(query: ListTasksQuery, caller: AuthenticatedUser): TaskQuery {
  const ownerId = query.owner === 'me' ? caller.userId : query.owner;
  if (ownerId !== undefined) return { ownerId, teamId: query.team ?? null };
  if (query.team !== undefined) return { ownerId: null, teamId: query.team };
  throw new Error('listTasksQuery let through a query with neither owner nor team');
}
