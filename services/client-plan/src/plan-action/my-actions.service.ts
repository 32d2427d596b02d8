import { Injectable } from '@nestjs/common';
import { CaseReaders, caseSight } from '@yhdessa/access';
import { AuditLog } from '@yhdessa/audit';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { Clock, finnishDate } from '@yhdessa/platform';
import { DataSource } from 'typeorm';
import { caseOfPlanOpenSql } from '../plan-record/case-closure.sql.js';
import type { PlanActionStatus } from '../plan-record/plan-action-update.entity.js';
import type { PlanContent } from '../plan-record/plan-content.schema.js';
import { actionInformationClass } from '../plan-record/plan-visibility.domain.js';
import { byUrgency, myActionsOf, type ActionProgress, type MyAction } from './my-actions.domain.js';

export interface MyActionView {
  caseId: string;
  version: number;
  actionId: string;
  what: string;
  agency: MyAction['action']['agency'];
  responsible: { userId: string; name: string };
  start: string;
  due: string;
  mine: MyAction['mine'];
  status: PlanActionStatus;
  note: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
  overdue: boolean;
}

interface InForceRow {
  case_id: string;
  plan_id: string;
  version: number;
  content: PlanContent;
}

interface UpdateRow {
  plan_id: string;
  action_id: string;
  status: PlanActionStatus;
  note: string | null;
  updated_at: Date;
  by_name: string;
}

const toView = (found: MyAction): MyActionView => ({
  caseId: found.caseId,
  version: found.version,
  actionId: found.action.id,
  what: found.action.what,
  agency: found.action.agency,
  responsible: found.action.responsible,
  start: found.action.start,
  due: found.action.due,
  mine: found.mine,
  status: found.status,
  note: found.note,
  updatedAt: found.updatedAt,
  updatedBy: found.updatedBy,
  overdue: found.overdue,
});

/**
 * A professional's own plan actions across their cases: the actions of each plan in force that they
 * or their agency are responsible for, as the visibility rule shows them, overdue ones first. Each
 * class of client information shown (an agency's actions) is audited per case.
 */
@Injectable()
export class MyActionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly readers: CaseReaders,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async mine(caller: AuthenticatedUser): Promise<MyActionView[]> {
    const today = finnishDate(this.clock.now());
    const plans = await this.plansInForceOf(caller.userId, today);
    if (plans.length === 0) return [];
    const readers = await this.readers.readersOn(
      plans.map((plan) => plan.case_id),
      caller,
    );
    const progress = await this.progressOf(plans.map((plan) => plan.plan_id));
    const found = plans.flatMap((plan) => {
      const reader = readers.get(plan.case_id);
      if (!reader || reader.participation.careTeam !== 'professional') return [];
      return myActionsOf(
        { caseId: plan.case_id, version: plan.version, content: plan.content },
        { userId: caller.userId, agency: caller.agency, sight: caseSight(reader) },
        progress.get(plan.plan_id) ?? new Map(),
        today,
      );
    });
    await this.auditClassesShown(found, caller);
    return found.sort(byUrgency).map(toView);
  }

  /** The plans in force of the open cases on whose care team the user is a professional today. */
  private plansInForceOf(userId: string, today: string): Promise<InForceRow[]> {
    return this.dataSource.query(
      `SELECT plan.case_id, plan.plan_id, version.version, version.content
       FROM plan
       JOIN plan_version version ON version.plan_id = plan.plan_id AND version.status = 'in-force'
       WHERE ${caseOfPlanOpenSql('plan')}
         AND plan.case_id IN (
         SELECT member.case_id FROM care_team_member member
         WHERE member.user_id = $1 AND member.participant_kind = 'professional' AND member.removed_at IS NULL
           AND member.since IS NOT NULL AND member.since <= $2::date AND (member.until IS NULL OR member.until >= $2::date))
       ORDER BY plan.case_id`,
      [userId, today],
    );
  }

  /** Where each action of these plans stands: its latest update. */
  private async progressOf(planIds: readonly string[]): Promise<Map<string, Map<string, ActionProgress>>> {
    const rows: UpdateRow[] = await this.dataSource.query(
      `SELECT DISTINCT ON (plan_id, action_id) plan_id, action_id, status, note, updated_at, by_name
       FROM plan_action_update WHERE plan_id = ANY($1::uuid[])
       ORDER BY plan_id, action_id, updated_at DESC`,
      [planIds],
    );
    const byPlan = new Map<string, Map<string, ActionProgress>>();
    for (const row of rows) {
      const plan = byPlan.get(row.plan_id) ?? new Map<string, ActionProgress>();
      plan.set(row.action_id, { status: row.status, note: row.note, updatedAt: row.updated_at, byName: row.by_name });
      byPlan.set(row.plan_id, plan);
    }
    return byPlan;
  }

  /** The route's records are of the shared plan per case; each agency's actions shown get a record of their class too. */
  private async auditClassesShown(found: readonly MyAction[], caller: AuthenticatedUser): Promise<void> {
    const shown = new Set(found.map((item) => `${item.caseId}|${actionInformationClass[item.action.agency]}`));
    await this.audit.recordAll(
      [...shown].map((key) => {
        const [caseId, informationClass] = key.split('|') as [
          string,
          (typeof actionInformationClass)[keyof typeof actionInformationClass],
        ];
        return {
          actor: caller.actor,
          action: 'read' as const,
          caseId,
          resource: 'plan-action',
          informationClass,
          purpose: 'care-team-work' as const,
          actorDisplayName: caller.displayName,
        };
      }),
    );
  }
}
