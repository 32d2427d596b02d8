import { Controller, Get } from '@nestjs/common';
import { RequireRoles } from '@yhdessa/auth';
import { NoClientData } from '@yhdessa/audit';
import { Returns } from '@yhdessa/platform';
import type { CaseloadOverview } from './caseload-overview.domain.js';
import { CaseloadOverviewService } from './caseload-overview.service.js';
import { caseloadOverviewSchema } from './caseload-overview.view.schema.js';

@Controller('caseload')
export class CaseloadOverviewController {
  constructor(private readonly overview: CaseloadOverviewService) {}

  /**
   * Every worker's and team's caseload against the limit and the overdue deadlines, for the service
   * manager, who organises the caseloads without being on any care team. Counts grouped in the
   * database: no child, case or identity is read out of it, so there is no client data to audit.
   */
  @Get('overview')
  @RequireRoles('service-manager')
  @NoClientData()
  @Returns(caseloadOverviewSchema)
  today(): Promise<CaseloadOverview> {
    return this.overview.today();
  }
}
