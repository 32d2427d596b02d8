import { Controller, Get, Param } from '@nestjs/common';
import { RequireRoles } from '@yhdessa/auth';
import { NoClientData } from '@yhdessa/audit';
import { ZodValidationPipe } from '@yhdessa/platform';
import { CaseloadAccess } from '../access/caseload-access.policy.js';
import { TeamAccess } from '../access/team-access.policy.js';
import { teamIdParam } from '../team/team.commands.js';
import { CaseloadService, type WorkerCaseload } from './caseload.service.js';

@Controller('caseload')
export class CaseloadController {
  constructor(private readonly caseload: CaseloadService) {}

  /** Counts only: no client details, so managers see it without being on any care team. */
  @Get('workers/:userId')
  @CaseloadAccess()
  @RequireRoles('cp-social-worker', 'team-coordinator', 'service-manager')
  @NoClientData()
  ofWorker(@Param('userId') userId: string): Promise<WorkerCaseload> {
    return this.caseload.ofWorker(userId);
  }

  @Get('teams/:teamId')
  @TeamAccess('see')
  @RequireRoles('cp-social-worker', 'systemic-clinician', 'team-coordinator', 'service-manager')
  @NoClientData()
  ofTeam(@Param('teamId', new ZodValidationPipe(teamIdParam)) teamId: string) {
    return this.caseload.ofTeam(teamId);
  }
}
