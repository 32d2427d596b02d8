import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { systemActor, type PayloadOf } from '@yhdessa/contracts';
import { EventPublisher, type OutboxEvent } from '@yhdessa/messaging';
import { Clock, finnishDate, logger } from '@yhdessa/platform';
import { DataSource } from 'typeorm';

/** How often the watcher looks, in milliseconds (ASSESSMENT_OVERDUE_WATCH_INTERVAL_MS, validated in assessment.config.ts). */
export const OVERDUE_WATCH_INTERVAL_MS = Symbol('OVERDUE_WATCH_INTERVAL_MS');

interface Late {
  id: string;
  assessment_id: string;
  case_id: string;
  user_id: string;
  agency: PayloadOf<'AssessmentInvitationOverdue.v1'>['agency'];
  participant_kind: PayloadOf<'AssessmentInvitationOverdue.v1'>['participantKind'];
  due_on: string;
  lead_user_id: string;
}

/**
 * Raises AssessmentInvitationOverdue once per invitation of an open assessment whose view was not
 * submitted by its due date (late from the day after, in Finland, by the service's clock), to the
 * worker who leads the assessment. Each is claimed with a row lock (SKIP LOCKED: several instances
 * may run, and a view being saved is left for the next round) and marked in the same transaction as
 * its event.
 */
@Injectable()
export class InvitationOverdueWatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
    @Inject(OVERDUE_WATCH_INTERVAL_MS) private readonly intervalMs: number,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.raiseOverdue().catch((error: Error) =>
        logger().warn({ err: { type: error.name } }, 'invitation overdue watch failed'),
      );
    }, this.intervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Raises the invitations late on `today` (a Finnish date; default: today by the service's clock). Returns how many. */
  async raiseOverdue(today: string = finnishDate(this.clock.now())): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const late: Late[] = await manager.query(
        `SELECT i.id, i.assessment_id, i.case_id, i.user_id, i.agency, i.participant_kind,
                to_char(i.due_on, 'YYYY-MM-DD') AS due_on, a.lead_user_id
           FROM assessment_invitation i JOIN assessment a ON a.id = i.assessment_id
           WHERE i.due_on < $1::date AND i.submitted_at IS NULL AND i.overdue_raised_at IS NULL AND a.status = 'open'
           ORDER BY i.due_on, i.id LIMIT 500
           FOR UPDATE OF i SKIP LOCKED FOR SHARE OF a SKIP LOCKED`,
        [today],
      );
      if (late.length === 0) return 0;
      const now = this.clock.now();
      await manager.query('UPDATE assessment_invitation SET overdue_raised_at = $2 WHERE id = ANY($1::uuid[])', [
        late.map((invitation) => invitation.id),
        now,
      ]);
      // Cases in id order: a case's event counter is locked until commit, so every writer takes them in one order.
      const events = [...late]
        .sort((a, b) => a.case_id.localeCompare(b.case_id) || a.id.localeCompare(b.id))
        .map((invitation): OutboxEvent => ({
          name: 'AssessmentInvitationOverdue.v1',
          caseId: invitation.case_id,
          actor: systemActor('assessment'),
          payload: {
            assessmentId: invitation.assessment_id,
            invitationId: invitation.id,
            inviteeUserId: invitation.user_id,
            agency: invitation.agency,
            participantKind: invitation.participant_kind,
            dueOn: invitation.due_on,
            responsibleWorkerId: invitation.lead_user_id,
            raisedAt: now.toISOString(),
          },
        }));
      await this.events.appendAll(manager, events);
      return late.length;
    });
  }
}
