import { Controller, Get } from '@nestjs/common';
import { CaseAccess, CaseIdParam, CurrentCaseReader, type CaseReader } from '@yhdessa/access';
import { AuditedRead } from '@yhdessa/audit';
import { Returns, ZodQuery } from '@yhdessa/platform';
import { accessReportQuery, type AccessReportQuery } from './access-report.commands.js';
import { AccessReportService } from './access-report.service.js';
import type { AccessReportPage } from './access-report.view.js';
import { accessReportPageSchema } from './access-report.view.schema.js';

@Controller('cases/:caseId/access-report')
export class AccessReportController {
  constructor(private readonly report: AccessReportService) {}

  /** Who has looked at the child's data, across every service: for the guardians, the young person from 15 and the responsible worker. */
  @Get()
  @CaseAccess('read')
  @AuditedRead({ resource: 'access-report', informationClass: 'child-protection', purpose: 'guardian-access-request' })
  @Returns(accessReportPageSchema)
  read(
    @CaseIdParam() caseId: string,
    @CurrentCaseReader() reader: CaseReader,
    @ZodQuery(accessReportQuery) query: AccessReportQuery,
  ): Promise<AccessReportPage> {
    return this.report.forReader(caseId, reader, query);
  }
}
