import { Injectable } from '@nestjs/common';
import { Access, type ResourceAccess } from '@yhdessa/access';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { CommonError, CommonErrorCode } from '@yhdessa/platform';
import { maySeeCaseloadOf } from './caseload-access.domain.js';

/** A worker's caseload (the route's `:userId`): counts only, so a refusal is a plain 403, not a 404. */
@Injectable()
export class CaseloadAccessPolicy implements ResourceAccess<'see', { workerId: string }> {
  readonly param = 'userId';

  async grant(workerId: string, caller: AuthenticatedUser): Promise<{ workerId: string } | null> {
    return maySeeCaseloadOf(workerId, caller) ? { workerId } : null;
  }

  refusal(): CommonError {
    return new CommonError(CommonErrorCode.Forbidden, 'Only your own caseload.');
  }
}

export const CaseloadAccess = (): MethodDecorator => Access(CaseloadAccessPolicy, 'see');
