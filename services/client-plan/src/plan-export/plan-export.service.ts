import { Injectable } from '@nestjs/common';
import type { CaseReader } from '@yhdessa/access';
import { AuditLog } from '@yhdessa/audit';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { Clock } from '@yhdessa/platform';
import { auditClassesShown } from '../plan-record/plan-read.audit.js';
import { PlanViews } from '../plan-record/plan-views.js';
import { PlanRepository } from '../plan-record/plan.repository.js';
import { planInForceBundle, type FhirBundle } from './plan-fhir.domain.js';
import { PlanExportError, PlanExportErrorCode } from './plan-export.error.js';

/** The plan in force as HL7 FHIR R4, as the reader may see it. */
@Injectable()
export class PlanExportService {
  constructor(
    private readonly plans: PlanRepository,
    private readonly views: PlanViews,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async fhir(caseId: string, caller: AuthenticatedUser, reader: CaseReader): Promise<FhirBundle> {
    const state = await this.plans.stateOf(caseId);
    if (!state.inForce) throw new PlanExportError(PlanExportErrorCode.NotInForce, 'No version of this plan is in force yet.');
    const view = await this.views.plan({ ...state, open: null }, reader);
    const bundle = planInForceBundle({
      planId: state.plan.planId,
      caseId,
      version: view.inForce!,
      actions: view.actions,
      exportedAt: this.clock.now(),
    });
    await auditClassesShown(this.audit, caseId, caller, 'client-plan-fhir', view.inForce!.content);
    return bundle;
  }
}
