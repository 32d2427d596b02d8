import { Inject, Injectable } from '@nestjs/common';
import { CareTeamAccess, isActiveOn } from '@yhdessa/care-team';
import { systemActor } from '@yhdessa/contracts';
import { EventPublisher } from '@yhdessa/messaging';
import { finnishDate } from '@yhdessa/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { responsibleWorkerOf } from '../plan-record/care-team.domain.js';
import { PlanVersionEntity } from '../plan-record/plan-version.entity.js';
import { PlanRepository } from '../plan-record/plan.repository.js';
import { overdueActions, roundStanding, unanswered } from './plan-watch.domain.js';
import { PLAN_WATCH_SETTINGS, type PlanWatchSettings } from './plan-watch.settings.js';

const actor = systemActor('client-plan');

export interface PlanWatchRun {
  /** Rounds that ran out and sent their version back to draft. */
  expired: number;
  /** Parties reminded (each once per round). */
  reminded: number;
  /** Actions of plans in force newly found overdue. */
  overdue: number;
}

/**
 * What the plan service does by its own clock: ends the sign-off rounds that ran out (the version
 * back to draft, PlanSignOffRoundExpired), reminds the parties of a round near its end who have not
 * answered (PlanSignOffReminded, one row per party and round), and raises each overdue action of a
 * plan in force once (PlanActionOverdue, one row per action and due date). Each plan is handled in a
 * transaction of its own holding the plan's lock (as a signature does), its rows written with its
 * events, so a run twice, a missed run or several instances change nothing beyond what has come due.
 */
@Injectable()
export class PlanWatchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: PlanRepository,
    private readonly careTeam: CareTeamAccess,
    private readonly events: EventPublisher,
    @Inject(PLAN_WATCH_SETTINGS) private readonly settings: PlanWatchSettings,
  ) {}

  async sweep(now: Date): Promise<PlanWatchRun> {
    const run: PlanWatchRun = { expired: 0, reminded: 0, overdue: 0 };
    // Rounds that ran out, and rounds near their end with a party neither answered nor reminded yet:
    // what is done already is not picked again, so nothing due waits behind it.
    const rounds: { plan_id: string; version: number }[] = await this.dataSource.query(
      `SELECT v.plan_id, v.version FROM plan_version v
        WHERE v.status = 'signing'
          AND (v.round_expires_at <= $1
               OR (v.round_expires_at <= $2 AND EXISTS (
                    SELECT 1 FROM plan_signatory s
                     WHERE s.plan_id = v.plan_id AND s.version = v.version AND s.round = v.round
                       AND NOT EXISTS (SELECT 1 FROM plan_signature a
                                        WHERE a.plan_id = s.plan_id AND a.version = s.version AND a.round = s.round AND a.user_id = s.user_id)
                       AND NOT EXISTS (SELECT 1 FROM plan_sign_off_reminder r
                                        WHERE r.plan_id = s.plan_id AND r.version = s.version AND r.round = s.round AND r.user_id = s.user_id))))
        ORDER BY v.round_expires_at LIMIT 500`,
      [now, new Date(now.getTime() + this.settings.remindBeforeMs)],
    );
    for (const { plan_id: planId, version } of rounds) {
      const done = await this.watchRound(planId, version, now);
      if (done.expired) run.expired += 1;
      run.reminded += done.reminded;
    }
    const today = finnishDate(now);
    // Plans in force with an action past its due date, not settled and not raised yet for that date.
    const late: { plan_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT v.plan_id FROM plan_version v
         CROSS JOIN LATERAL jsonb_to_recordset(v.content->'actions') AS action (id text, due date)
        WHERE v.status = 'in-force' AND action.due < $1::date
          AND NOT EXISTS (SELECT 1 FROM plan_action_overdue o WHERE o.plan_id = v.plan_id AND o.action_id = action.id AND o.due = action.due)
          AND COALESCE((SELECT u.status FROM plan_action_update u
                         WHERE u.plan_id = v.plan_id AND u.action_id = action.id ORDER BY u.updated_at DESC LIMIT 1), 'planned')
              NOT IN ('done', 'cancelled')
        ORDER BY v.plan_id LIMIT 500`,
      [today],
    );
    for (const { plan_id: planId } of late) run.overdue += await this.raiseOverdue(planId, today);
    return run;
  }

  private watchRound(planId: string, version: number, now: Date): Promise<{ expired: boolean; reminded: number }> {
    return this.dataSource.transaction(async (manager) => {
      const caseId = await this.lockPlan(manager, planId);
      const target = await manager.findOneBy(PlanVersionEntity, { planId, version });
      if (!target || target.status !== 'signing' || !target.roundExpiresAt) return { expired: false, reminded: 0 };
      const standing = roundStanding(target.roundExpiresAt, now, this.settings.remindBeforeMs);
      if (standing === 'open') return { expired: false, reminded: 0 };
      const signatories = await this.plans.signatories(planId, version, target.round, manager);
      const answers = (await this.plans.answers(planId, version, manager)).filter((answer) => answer.round === target.round);
      const waiting = unanswered(signatories, answers);
      const common = { planId, version, round: target.round };
      if (standing === 'expire') {
        await manager.update(PlanVersionEntity, { planId, version }, { status: 'draft', roundExpiresAt: null });
        await this.events.append(
          manager,
          'PlanSignOffRoundExpired.v1',
          caseId,
          {
            ...common,
            contentHash: target.contentHash,
            expiredAt: target.roundExpiresAt.toISOString(),
            unanswered: waiting.map((signatory) => ({ userId: signatory.userId, agency: signatory.agency })),
          },
          actor,
        );
        return { expired: true, reminded: 0 };
      }
      if (waiting.length === 0) return { expired: false, reminded: 0 };
      const inserted: { user_id: string }[] = await manager.query(
        `INSERT INTO plan_sign_off_reminder (plan_id, version, round, user_id, expires_at, reminded_at)
         SELECT $1, $2, $3, user_id, $4, $5 FROM unnest($6::text[]) AS user_id
         ON CONFLICT DO NOTHING RETURNING user_id`,
        [planId, version, target.round, target.roundExpiresAt, now, waiting.map((signatory) => signatory.userId)],
      );
      const newly = new Set(inserted.map((row) => row.user_id));
      const reminded = waiting.filter((signatory) => newly.has(signatory.userId));
      if (reminded.length > 0)
        await this.events.append(
          manager,
          'PlanSignOffReminded.v1',
          caseId,
          {
            ...common,
            expiresAt: target.roundExpiresAt.toISOString(),
            reminded: reminded.map((signatory) => ({ userId: signatory.userId, agency: signatory.agency })),
          },
          actor,
        );
      return { expired: false, reminded: reminded.length };
    });
  }

  private raiseOverdue(planId: string, today: string): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const caseId = await this.lockPlan(manager, planId);
      const inForce = await manager.findOneBy(PlanVersionEntity, { planId, status: 'in-force' });
      if (!inForce) return 0;
      const updates = await this.plans.latestActionUpdates(planId, manager);
      const statuses = new Map([...updates].map(([actionId, update]) => [actionId, update.status]));
      const late = overdueActions(inForce.content, statuses, today);
      if (late.length === 0) return 0;
      const inserted: { action_id: string }[] = await manager.query(
        `INSERT INTO plan_action_overdue (plan_id, action_id, due, version, raised_at)
         SELECT $1, action_id, due::date, $2, now() FROM unnest($3::text[], $4::text[]) AS late (action_id, due)
         ON CONFLICT DO NOTHING RETURNING action_id`,
        [planId, inForce.version, late.map((action) => action.id), late.map((action) => action.due)],
      );
      const newly = new Set(inserted.map((row) => row.action_id));
      const raised = late.filter((action) => newly.has(action.id));
      if (raised.length === 0) return 0;
      const worker = responsibleWorkerOf((await this.careTeam.members(caseId)).filter((member) => isActiveOn(member, today)));
      for (const action of raised)
        await this.events.append(
          manager,
          'PlanActionOverdue.v1',
          caseId,
          {
            planId,
            version: inForce.version,
            actionId: action.id,
            agency: action.agency,
            due: action.due,
            responsibleUserId: action.responsible.userId,
            responsibleWorkerId: worker?.userId ?? null,
          },
          actor,
        );
      return raised.length;
    });
  }

  /** Takes the plan's lock, as a signature or an edit does, and answers its case. */
  private async lockPlan(manager: EntityManager, planId: string): Promise<string> {
    const [plan]: { case_id: string }[] = await manager.query('SELECT case_id FROM plan WHERE plan_id = $1 FOR UPDATE', [planId]);
    return plan!.case_id;
  }
}
