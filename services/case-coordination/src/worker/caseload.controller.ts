import { Controller, Get, Param } from '@nestjs/common';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { NoClientData } from '@yhdessa/audit';
import { ZodValidationPipe } from '@yhdessa/platform';
import { teamIdParam } from '../team/team.commands.js';
import { CaseloadService, type WorkerCaseload } from './caseload.service.js';

@Controller('caseload')
export class CaseloadController {
  constructor(private readonly caseload: CaseloadService) {}

  /** Counts only: no client details, so managers see it without being on any care team. */
  @Get('workers/:userId')
  @RequireRoles('cp-social-worker', 'team-coordinator', 'service-manager')
  @NoClientData()
  ofWorker(@Param('userId') userId: string, @CurrentUser() caller: AuthenticatedUser): Promise<WorkerCaseload> {
    return this.caseload.ofWorker(userId, caller);
  }

  @Get('teams/:teamId')
  @RequireRoles('cp-social-worker', 'systemic-clinician', 'team-coordinator', 'service-manager')
  @NoClientData()
  ofTeam(@Param('teamId', new ZodValidationPipe(teamIdParam)) teamId: string, @CurrentUser() caller: AuthenticatedUser) {
    return this.caseload.ofTeam(teamId, caller);
  }
}
