import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { logger } from '@yhdessa/platform';
import { concatMap, type Observable } from 'rxjs';
import type { AuthenticatedRequest } from '@yhdessa/auth';
import { AuditError, AuditErrorCode } from '../audit.error.js';
import { AuditLog } from '../record/audit-log.service.js';
import { alsoAuditedOf } from './also-audited.js';
import { auditedCaseIds } from './audited-case-ids.util.js';
import { AUDITED_READ, type AuditedReadOptions } from './audited-read.decorator.js';

/**
 * Global: for a handler marked @AuditedRead, writes the audit record after the handler has produced
 * its result and before the response is sent, with any the handler added (AlsoAuditedRecords), in one
 * write. A failed write fails the request (500 problem), so no client data leaves without its record.
 * Handlers without the mark pass through untouched.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly auditLog: AuditLog,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const read = this.reflector.getAllAndOverride<AuditedReadOptions | undefined>(AUDITED_READ, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!read) return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    let written: Promise<void> | undefined;
    return next.handle().pipe(
      concatMap(async (result: unknown) => {
        written ??= this.write(read, request, result);
        await written;
        return result;
      }),
    );
  }

  private async write(read: AuditedReadOptions, request: AuthenticatedRequest, result: unknown): Promise<void> {
    const actor = request.user?.actor;
    const actorDisplayName = request.user?.displayName ?? null;
    if (!actor) {
      throw new AuditError(AuditErrorCode.ActorMissing, 'This resource needs an authenticated caller, and the request had none.');
    }
    const caseIds = auditedCaseIds(read, { params: request.params as Record<string, string | undefined>, result });
    const entries = caseIds.map((caseId) => ({
      actor,
      action: 'read' as const,
      caseId,
      resource: read.resource,
      informationClass: read.informationClass,
      purpose: read.purpose,
      actorDisplayName,
    }));
    // And whatever the handler added (AlsoAuditedRecords): one write for all of them.
    const also = alsoAuditedOf(request)?.added() ?? [];
    try {
      await this.auditLog.recordAll([...entries, ...also]);
    } catch (error) {
      if (error instanceof AuditError) throw error;
      const code = (error as { code?: unknown })?.code;
      logger().error({ err: { type: (error as Error)?.constructor?.name ?? typeof error, code } }, 'audit record not written');
      throw new AuditError(
        AuditErrorCode.WriteFailed,
        'The access could not be recorded, so the data is not served. Try again later.',
      );
    }
  }
}
