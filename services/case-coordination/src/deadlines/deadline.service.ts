import { Inject, Injectable } from '@nestjs/common';
import {
  CaseAccessPolicy,
  CaseReaders,
  caseSight,
  deadlineFields,
  redact,
  redactEach,
  type CaseReader,
  type Redacted,
} from '@yhdessa/access';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { EventPublisher } from '@yhdessa/messaging';
import { Clock, newId, finnishDate } from '@yhdessa/platform';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { CaseEntity } from '../case-record/case.entity.js';
import { CaseRepository } from '../case-record/case.repository.js';
import { teamSocialWorkerSql } from '../team-record/team-membership.repository.js';
import type { AssessmentDecisionCommand } from './assessment-decision.commands.js';
import { CaseDeadlineEntity, type DeadlineKind } from './case-deadline.entity.js';
import { DEADLINE_RULES } from './deadline-rules.provider.js';
import { DeadlineError, DeadlineErrorCode } from './deadline.error.js';
import type { DeadlineView } from './deadline.view.js';
import {
  assessmentStartDecisionDue,
  deadlineStatus,
  metLate,
  serviceNeedsAssessmentDue,
  type DeadlineRules,
} from './statutory-deadlines.domain.js';

/** The law's clocks: started when a notification opens a case, met by decisions, listed per worker. */
@Injectable()
export class DeadlineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
    private readonly readers: CaseReaders,
    private readonly caseAccess: CaseAccessPolicy,
    @Inject(DEADLINE_RULES) private readonly rules: DeadlineRules,
  ) {}

  /** At opening: the decision on starting a service-needs assessment is due in 7 working days. */
  async startClocks(manager: EntityManager, kase: CaseEntity): Promise<void> {
    const receivedOn = finnishDate(kase.receivedAt);
    await manager.insert(CaseDeadlineEntity, {
      id: newId(),
      caseId: kase.id,
      kind: 'assessment-start-decision',
      dueOn: assessmentStartDecisionDue(receivedOn, this.rules),
      metAt: null,
      overdueRaisedAt: null,
    });
  }

  /** Meets the start decision; a decision to start sets the assessment's own clock (3 months from receipt). */
  async decideAssessment(
    caseId: string,
    command: AssessmentDecisionCommand,
    caller: AuthenticatedUser,
    reader: CaseReader,
  ): Promise<Redacted<DeadlineView>[]> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const kase = await this.cases.lock(manager, caseId);
      await this.caseAccess.require(manager, caseId, caller, 'decide');
      const decision = await manager.findOneBy(CaseDeadlineEntity, {
        caseId,
        kind: 'assessment-start-decision',
        metAt: IsNull(),
      });
      if (!decision) throw new DeadlineError(DeadlineErrorCode.DecisionAlreadyMade, 'The decision has been made already.');
      await manager.update(CaseDeadlineEntity, { id: decision.id }, { metAt: now });
      if (command.decision === 'start') {
        await manager.insert(CaseDeadlineEntity, {
          id: newId(),
          caseId,
          kind: 'service-needs-assessment',
          dueOn: serviceNeedsAssessmentDue(finnishDate(kase.receivedAt), this.rules),
          metAt: null,
          overdueRaisedAt: null,
        });
      }
      await this.events.append(
        manager,
        'ServiceNeedsAssessmentDecided.v1',
        caseId,
        {
          decision: command.decision,
          decidedAt: now.toISOString(),
        },
        caller.actor,
      );
    });
    return this.forCase(caseId, reader);
  }

  async forCase(caseId: string, reader: CaseReader): Promise<Redacted<DeadlineView>[]> {
    const sight = caseSight(reader);
    return (await this.query('d.case_id = $1', [caseId])).map((deadline) => redact(deadline, deadlineFields, sight));
  }

  /** The open deadlines of the caller's own open cases (as responsible worker), nearest first, overdue ones flagged. */
  async forWorker(caller: AuthenticatedUser): Promise<Redacted<DeadlineView>[]> {
    return this.visibleTo(
      caller,
      await this.query("c.responsible_worker_id = $1 AND c.status = 'open' AND d.met_at IS NULL", [caller.userId]),
    );
  }

  /** The open deadlines of the cases of a systemic team's social workers; the route lets the team's members only. */
  async forTeam(teamId: string, caller: AuthenticatedUser): Promise<Redacted<DeadlineView>[]> {
    const deadlines = await this.query(
      `c.status = 'open' AND d.met_at IS NULL AND c.responsible_worker_id IN (
         SELECT s.user_id FROM systemic_team_member s WHERE s.team_id = $1 AND ${teamSocialWorkerSql('s')})`,
      [teamId],
    );
    return this.visibleTo(caller, deadlines);
  }

  private async visibleTo(caller: AuthenticatedUser, deadlines: DeadlineView[]): Promise<Redacted<DeadlineView>[]> {
    const readers = await this.readers.readersOn(
      deadlines.map((deadline) => deadline.caseId),
      caller,
    );
    return redactEach(deadlines, (deadline) => deadline.caseId, deadlineFields, readers);
  }

  private async query(where: string, parameters: unknown[]): Promise<DeadlineView[]> {
    const today = finnishDate(this.clock.now());
    const rows: Array<{
      id: string;
      case_id: string;
      child_name: string | null;
      kind: DeadlineKind;
      due_on: string;
      met_at: Date | null;
    }> = await this.dataSource.query(
      `SELECT d.id, d.case_id, c.child_name, d.kind, to_char(d.due_on, 'YYYY-MM-DD') AS due_on, d.met_at
         FROM case_deadline d JOIN child_case c ON c.id = d.case_id
         WHERE ${where} ORDER BY d.due_on, d.kind`,
      parameters,
    );
    return rows.map((row) => {
      const status = deadlineStatus(row.due_on, today, row.met_at !== null, this.rules);
      return {
        deadlineId: row.id,
        caseId: row.case_id,
        childName: row.child_name,
        kind: row.kind,
        dueOn: row.due_on,
        status,
        overdue: status === 'overdue',
        late: metLate(row.due_on, row.met_at ? finnishDate(row.met_at) : null),
      };
    });
  }
}
