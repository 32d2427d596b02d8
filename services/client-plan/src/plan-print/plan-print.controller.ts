import { Controller, Get, Header, StreamableFile } from '@nestjs/common';
import { CaseAccess, CaseIdParam, CurrentCaseReader, type CaseReader } from '@yhdessa/access';
import { AuditedRead } from '@yhdessa/audit';
import { CurrentUser, type AuthenticatedUser } from '@yhdessa/auth';
import { ZodParam, ZodQuery } from '@yhdessa/platform';
import { NotDescribed } from '@yhdessa/runtime';
import { versionParam } from '../plan-record/version.param.js';
import { printQuery, type PrintQuery } from './plan-print.commands.js';
import { PlanPrintService } from './plan-print.service.js';

/**
 * The printed plan, `GET /cases/:caseId/plan/versions/:version/pdf?lang=fi|sv|en`: a PDF, which the
 * OpenAPI generator does not describe. Read like the version itself: the care team, what each reader
 * may see of it, audited (the shared plan, and each further class shown).
 */
@Controller('cases/:caseId/plan/versions/:version')
@NotDescribed()
export class PlanPrintController {
  constructor(private readonly print: PlanPrintService) {}

  @Get('pdf')
  @Header('cache-control', 'private, no-store')
  @CaseAccess('read')
  @AuditedRead({ resource: 'client-plan-pdf', informationClass: 'shared-plan', purpose: 'care-team-work' })
  async pdf(
    @CaseIdParam() caseId: string,
    @ZodParam('version', versionParam) version: number,
    @ZodQuery(printQuery) query: PrintQuery,
    @CurrentUser() caller: AuthenticatedUser,
    @CurrentCaseReader() reader: CaseReader,
  ): Promise<StreamableFile> {
    const file = await this.print.pdf(caseId, version, query.lang, caller, reader);
    return new StreamableFile(file, {
      type: 'application/pdf',
      disposition: `inline; filename="client-plan-v${version}-${query.lang}.pdf"`,
      length: file.length,
    });
  }
}
