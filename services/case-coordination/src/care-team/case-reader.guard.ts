import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest } from '@yhdessa/auth';
import { caseIdParam } from '../case/case.commands.js';
import { CaseError, CaseErrorCode } from '../case/case.error.js';
import { CareTeamService } from './care-team.service.js';

/**
 * Who may read a case: its care team, and the systemic team of its responsible social worker (they
 * discuss it in their weekly meeting). Anyone else gets the same 404 as for a case that doesn't exist.
 * Changes stay with the care team (CaseMemberGuard).
 */
@Injectable()
export class CaseReaderGuard implements CanActivate {
  constructor(private readonly careTeam: CareTeamService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const caseId = caseIdParam.safeParse(request.params['caseId']);
    const user = request.user;
    const allowed =
      caseId.success &&
      user !== undefined &&
      ((await this.careTeam.isActiveMember(caseId.data, user.userId)) || (await this.careTeam.isOnResponsibleWorkersTeam(caseId.data, user.userId)));
    if (!allowed) throw new CaseError(CaseErrorCode.CaseNotFound, 'No such case.');
    return true;
  }
}
