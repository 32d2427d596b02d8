import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { PlanActionUpdateEntity } from './plan-action-update.entity.js';
import { PlanRevisionEntity } from './plan-revision.entity.js';
import { PlanSignatoryEntity } from './plan-signatory.entity.js';
import { PlanSignatureEntity } from './plan-signature.entity.js';
import { PlanVersionEntity } from './plan-version.entity.js';
import { PlanEntity } from './plan.entity.js';
import { PlanError, PlanErrorCode } from './plan.error.js';

/** A plan with the versions that matter now: the one in force and the open one (draft or out for signing). */
export interface PlanState {
  plan: PlanEntity;
  inForce: PlanVersionEntity | null;
  open: PlanVersionEntity | null;
}

/** Reads and locks of plans that the plan, sign-off and action features share. */
@Injectable()
export class PlanRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The case's plan with its current versions; the plan row locked when in a transaction, so changes to one plan go one at a time. */
  async stateOf(caseId: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<PlanState> {
    const query = manager.createQueryBuilder(PlanEntity, 'plan').where('plan.case_id = :caseId', { caseId });
    const plan = await (lock ? query.setLock('pessimistic_write') : query).getOne();
    if (!plan) throw new PlanError(PlanErrorCode.NotFound, 'This case has no client plan yet.');
    const versions = await manager
      .createQueryBuilder(PlanVersionEntity, 'version')
      .where('version.plan_id = :planId', { planId: plan.planId })
      .andWhere("version.status IN ('in-force', 'draft', 'signing')")
      .getMany();
    return {
      plan,
      inForce: versions.find((version) => version.status === 'in-force') ?? null,
      open: versions.find((version) => version.status === 'draft' || version.status === 'signing') ?? null,
    };
  }

  async version(planId: string, version: number, manager: EntityManager = this.dataSource.manager): Promise<PlanVersionEntity> {
    const found = await manager.findOneBy(PlanVersionEntity, { planId, version });
    if (!found) throw new PlanError(PlanErrorCode.VersionNotFound, 'The plan has no such version.');
    return found;
  }

  versions(planId: string, manager: EntityManager = this.dataSource.manager): Promise<PlanVersionEntity[]> {
    return manager.find(PlanVersionEntity, { where: { planId }, order: { version: 'ASC' } });
  }

  revisions(planId: string, version: number, manager: EntityManager = this.dataSource.manager): Promise<PlanRevisionEntity[]> {
    return manager.find(PlanRevisionEntity, { where: { planId, version }, order: { revision: 'ASC' } });
  }

  async revision(planId: string, version: number, revision: number): Promise<PlanRevisionEntity> {
    const found = await this.dataSource.manager.findOneBy(PlanRevisionEntity, { planId, version, revision });
    if (!found) throw new PlanError(PlanErrorCode.RevisionNotFound, 'The plan has no such revision.');
    return found;
  }

  signatories(planId: string, version: number, round: number, manager: EntityManager = this.dataSource.manager) {
    return manager.find(PlanSignatoryEntity, { where: { planId, version, round }, order: { position: 'ASC' } });
  }

  /** Every answer given to a version, every round, oldest first: the signature record. */
  answers(planId: string, version: number, manager: EntityManager = this.dataSource.manager) {
    return manager.find(PlanSignatureEntity, { where: { planId, version }, order: { signedAt: 'ASC', signatureId: 'ASC' } });
  }

  /** Where each action stands: its latest update. */
  async latestActionUpdates(
    planId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, PlanActionUpdateEntity>> {
    const rows = await manager
      .createQueryBuilder(PlanActionUpdateEntity, 'update')
      .distinctOn(['update.action_id'])
      .where('update.plan_id = :planId', { planId })
      .orderBy('update.action_id')
      .addOrderBy('update.updated_at', 'DESC')
      .getMany();
    return new Map(rows.map((row) => [row.actionId, row]));
  }
}
