import { Injectable } from '@nestjs/common';
import { caseSight, type CaseReader } from '@yhdessa/access';
import { DataSource, type EntityManager } from 'typeorm';
import type { PlanVersionEntity } from './plan-version.entity.js';
import { PlanRepository, type PlanState } from './plan.repository.js';
import { toActionProgress, toVersionView, type PlanVersionView, type PlanView } from './plan.view.js';
import { contentFor } from './plan-visibility.domain.js';

/** The plan as one reader sees it, assembled from its rows: each feature answers with it. */
@Injectable()
export class PlanViews {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: PlanRepository,
  ) {}

  async version(
    version: PlanVersionEntity,
    reader: CaseReader,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PlanVersionView> {
    const [signatories, answers] = await Promise.all([
      this.plans.signatories(version.planId, version.version, version.round, manager),
      this.plans.answers(version.planId, version.version, manager),
    ]);
    return toVersionView(version, signatories, answers, caseSight(reader), reader.userId);
  }

  async plan(state: PlanState, reader: CaseReader, manager: EntityManager = this.dataSource.manager): Promise<PlanView> {
    const { plan, inForce, open } = state;
    // Read at once: each waits only for the plan's state.
    const [updates, inForceView, openView] = await Promise.all([
      this.plans.latestActionUpdates(plan.planId, manager),
      inForce ? this.version(inForce, reader, manager) : null,
      open ? this.version(open, reader, manager) : null,
    ]);
    return {
      planId: plan.planId,
      caseId: plan.caseId,
      childDateOfBirth: plan.childDateOfBirth,
      inForce: inForceView,
      open: openView,
      actions: inForce ? toActionProgress(contentFor(inForce.content, caseSight(reader), reader.userId).content, updates) : [],
    };
  }
}
