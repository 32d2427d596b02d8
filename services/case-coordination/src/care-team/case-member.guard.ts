import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest } from '@yhdessa/auth';
import { CaseError, CaseErrorCode } from '../case/case.error.js';
import { caseIdParam } from '../case/case.commands.js';
import { CareTeamService } from './care-team.service.js';

/**
 * Only the case's care team reaches a case. Anyone else gets the same 404 as for a case that does
 * not exist: they may not learn that it does.
 */
@Injectable()
export class CaseMemberGuard implements CanActivate {
  constructor(private readonly careTeam: CareTeamService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const caseId = caseIdParam.safeParse(request.params['caseId']);
    if (!caseId.success || !request.user || !(await this.careTeam.isActiveMember(caseId.data, request.user.userId))) {
      throw new CaseError(CaseErrorCode.CaseNotFound, 'No such case.');
    }
    return true;
  }
}
