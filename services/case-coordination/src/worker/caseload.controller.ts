import { Controller, Get } from '@nestjs/common';
import { RequireRoles } from '@yhdessa/auth';
import { NoClientData } from '@yhdessa/audit';
import { Returns, UuidParam, ZodParam } from '@yhdessa/platform';
import { z } from 'zod';
import { TeamAccess } from '../team/team-access.policy.js';
import { CaseloadAccess } from './caseload-access.policy.js';
import { CaseloadService } from './caseload.service.js';
import type { TeamCaseloadView, WorkerCaseload } from './caseload.view.js';
import { teamCaseloadSchema, workerCaseloadSchema } from './caseload.view.schema.js';

/** A Keycloak user id (the token's `sub`), as the commands take it. */
const userIdParam = z.string().min(1).max(200);

@Controller('caseload')
export class CaseloadController {
  constructor(private readonly caseload: CaseloadService) {}

  /** Counts only: no client details, so managers see it without being on any care team. */
  @Get('workers/:userId')
  @CaseloadAccess()
  @RequireRoles('cp-social-worker', 'team-coordinator', 'service-manager')
  @NoClientData()
  @Returns(workerCaseloadSchema)
  ofWorker(@ZodParam('userId', userIdParam) userId: string): Promise<WorkerCaseload> {
    return this.caseload.ofWorker(userId);
  }

  @Get('teams/:teamId')
  @TeamAccess('see')
  @RequireRoles('cp-social-worker', 'systemic-clinician', 'team-coordinator', 'service-manager')
  @NoClientData()
  @Returns(teamCaseloadSchema)
  ofTeam(@UuidParam('teamId') teamId: string): Promise<TeamCaseloadView> {
    return this.caseload.ofTeam(teamId);
  }
}
