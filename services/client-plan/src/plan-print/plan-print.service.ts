import { Injectable } from '@nestjs/common';
import type { CaseReader } from '@yhdessa/access';
import { AuditLog } from '@yhdessa/audit';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { Clock } from '@yhdessa/platform';
import { PlanViews } from '../plan-record/plan-views.js';
import { auditClassesShown } from '../plan-record/plan-read.audit.js';
import { PlanRepository } from '../plan-record/plan.repository.js';
import { planPdfDocument } from './plan-pdf.document.js';
import { PlanPdfRenderer } from './plan-pdf.renderer.js';
import type { PrintLanguage } from './plan-print.words.js';

/** The printed plan: one version as the reader may see it, with its hash and signature record, as a PDF. */
@Injectable()
export class PlanPrintService {
  constructor(
    private readonly plans: PlanRepository,
    private readonly views: PlanViews,
    private readonly renderer: PlanPdfRenderer,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async pdf(
    caseId: string,
    version: number,
    language: PrintLanguage,
    caller: AuthenticatedUser,
    reader: CaseReader,
  ): Promise<Buffer> {
    const { plan } = await this.plans.stateOf(caseId);
    const view = await this.views.version(await this.plans.version(plan.planId, version), reader);
    const file = await this.renderer.render(planPdfDocument({ caseId, version: view, printedAt: this.clock.now(), language }));
    await auditClassesShown(this.audit, caseId, caller, 'client-plan-pdf', view.content);
    return file;
  }
}
