import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@yhdessa/auth';
import type { EntityManager } from 'typeorm';
import { TeamMembershipRepository } from '../team-record/team-membership.repository.js';
import { CASELOAD_RULES } from './caseload-rules.provider.js';
import { checkAssignment, type CaseloadOverride, type CaseloadRules } from './caseload.domain.js';
import { CaseloadRepository } from './caseload.repository.js';
import { WorkerError, WorkerErrorCode } from './worker.error.js';

export interface Worker {
  userId: string;
  displayName: string;
}

/**
 * The rules every path that makes a child someone's client goes through (opening, reopening, handing
 * over): the worker is a child-protection social worker, and the statutory caseload limit holds
 * unless a service manager overrides it with a reason. In the caller's transaction.
 */
@Injectable()
export class ResponsibleWorkerService {
  constructor(
    private readonly caseloads: CaseloadRepository,
    private readonly teams: TeamMembershipRepository,
    @Inject(CASELOAD_RULES) private readonly rules: CaseloadRules,
  ) {}

  /**
   * The service does not ask Keycloak who holds which role. A worker counts as a child-protection
   * social worker when the caller is that worker and the token says so, or when the worker sits on a
   * systemic team as a social worker: a team coordinator or service manager put them there.
   */
  async assertSocialWorker(manager: EntityManager, worker: Worker, caller: AuthenticatedUser): Promise<void> {
    if (worker.userId === caller.userId && caller.roles.includes('cp-social-worker')) return;
    if (await this.teams.isSocialWorkerOnATeam(manager, worker.userId)) return;
    throw new WorkerError(
      WorkerErrorCode.ResponsibleWorkerNotSocialWorker,
      'The responsible worker must be a child-protection social worker: yourself, or a social worker on a systemic team.',
    );
  }

  /**
   * Locks the worker's caseload and checks one more child client against the limit of the day
   * (`on`, a Finnish date). Returns the override to record in the event, or null when none was needed.
   */
  async takeOneMore(
    manager: EntityManager,
    workerId: string,
    on: string,
    caller: AuthenticatedUser,
    overrideReason?: string,
  ): Promise<CaseloadOverride | null> {
    if (overrideReason !== undefined && !caller.roles.includes('service-manager')) {
      throw new WorkerError(WorkerErrorCode.OverrideNotAllowed, 'Only a service manager may override the caseload limit.');
    }
    const currentCaseload = await this.caseloads.lockAndCount(manager, workerId);
    const override = overrideReason === undefined ? undefined : { byUserId: caller.userId, reason: overrideReason };
    const decision = checkAssignment({ currentCaseload, on, override }, this.rules);
    if (!decision.allowed) {
      throw new WorkerError(
        WorkerErrorCode.CaseloadLimitReached,
        'The worker would have more child clients than the law allows.',
        {
          limit: decision.limit,
          currentCaseload,
        },
      );
    }
    return decision.overrideRecorded ?? null;
  }
}
