import { Controller, Get, Header } from '@nestjs/common';
import { CaseAccess, CaseIdParam, CurrentCaseReader, type CaseReader } from '@yhdessa/access';
import { AuditedRead } from '@yhdessa/audit';
import { CurrentUser, type AuthenticatedUser } from '@yhdessa/auth';
import { NotDescribed } from '@yhdessa/runtime';
import type { FhirBundle } from './plan-fhir.domain.js';
import { PlanExportService } from './plan-export.service.js';

/**
 * The plan in force as HL7 FHIR R4, `GET /cases/:caseId/plan/fhir`: a Bundle (application/fhir+json)
 * whose shape FHIR's own definitions give, so the OpenAPI generator does not describe it. Read like
 * the plan: the care team, what each reader may see of it, audited.
 */
@Controller('cases/:caseId/plan')
@NotDescribed()
export class PlanExportController {
  constructor(private readonly exports: PlanExportService) {}

  @Get('fhir')
  @Header('content-type', 'application/fhir+json; charset=utf-8')
  @Header('cache-control', 'private, no-store')
  @CaseAccess('read')
  @AuditedRead({ resource: 'client-plan-fhir', informationClass: 'shared-plan', purpose: 'care-team-work' })
  fhir(
    @CaseIdParam() caseId: string,
    @CurrentUser() caller: AuthenticatedUser,
    @CurrentCaseReader() reader: CaseReader,
  ): Promise<FhirBundle> {
    return this.exports.fhir(caseId, caller, reader);
  }
}
