import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { systemActor } from '@yhdessa/contracts';
import { EventPublisher } from '@yhdessa/messaging';
import { Clock, logger, finnishDate } from '@yhdessa/platform';
import { DataSource } from 'typeorm';

/** How often the watcher looks, in milliseconds (DEADLINE_WATCH_INTERVAL_MS, validated in case-coordination.config.ts). */
export const DEADLINE_WATCH_INTERVAL_MS = Symbol('DEADLINE_WATCH_INTERVAL_MS');

/**
 * Raises DeadlineOverdue once per deadline that passed unmet. Each is claimed with a row lock
 * (SKIP LOCKED: several instances may run) and marked in the same transaction as its event.
 */
@Injectable()
export class DeadlineWatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
    @Inject(DEADLINE_WATCH_INTERVAL_MS) private readonly intervalMs: number,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.raiseOverdue().catch((error: Error) => logger().warn({ err: { type: error.name } }, 'deadline watch failed'));
    }, this.intervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Raises the overdue events due by `today` (a Finnish date; default: today). Returns how many. */
  async raiseOverdue(today: string = finnishDate(this.clock.now())): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const due: Array<{
        id: string;
        case_id: string;
        kind: 'assessment-start-decision';
        due_on: string;
        responsible_worker_id: string;
      }> = await manager.query(
        `SELECT d.id, d.case_id, d.kind, to_char(d.due_on, 'YYYY-MM-DD') AS due_on, c.responsible_worker_id
           FROM case_deadline d JOIN child_case c ON c.id = d.case_id
           WHERE d.due_on < $1 AND d.met_at IS NULL AND d.overdue_raised_at IS NULL AND c.status = 'open'
           ORDER BY d.due_on LIMIT 500 FOR UPDATE OF d SKIP LOCKED`,
        [today],
      );
      if (due.length > 0)
        await manager.query('UPDATE case_deadline SET overdue_raised_at = now() WHERE id = ANY($1::uuid[])', [
          due.map((d) => d.id),
        ]);
      // Cases in id order: a case's event counter is locked until commit, so every writer takes them in one order.
      for (const deadline of [...due].sort((a, b) => a.case_id.localeCompare(b.case_id))) {
        await this.events.append(
          manager,
          'DeadlineOverdue.v1',
          deadline.case_id,
          {
            deadlineId: deadline.id,
            kind: deadline.kind,
            dueOn: deadline.due_on,
            responsibleWorkerId: deadline.responsible_worker_id,
          },
          systemActor('case-coordination'),
        );
      }
      return due.length;
    });
  }
}
