import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuditEntry } from '../record/audit-record.model.js';
import { AUDITED_READ } from './audited-read.decorator.js';

const ALSO_AUDITED = Symbol('yhdessa:audit:also');

/**
 * Records a handler of an @AuditedRead route adds to the route's own, e.g. one per information class
 * it served: the audit interceptor writes them with the route's record, in the same transaction,
 * before the response is sent, so a read costs one write however many records it needs. If they
 * cannot be written, nothing is served.
 */
export class AlsoAudited {
  private readonly entries: AuditEntry[] = [];

  add(entries: Iterable<AuditEntry>): void {
    this.entries.push(...entries);
  }

  /** What was added, for the interceptor. */
  added(): readonly AuditEntry[] {
    return this.entries;
  }
}

/** The request's collector of further records (made on first use), or undefined when none was asked for. */
export function alsoAuditedOf(request: object, create = false): AlsoAudited | undefined {
  const holder = request as { [ALSO_AUDITED]?: AlsoAudited };
  if (create) holder[ALSO_AUDITED] ??= new AlsoAudited();
  return holder[ALSO_AUDITED];
}

/**
 * The handler's parameter to add records to (`@AlsoAuditedRecords() also: AlsoAudited`). Only on a
 * route marked @AuditedRead: anywhere else nothing would write them, so asking for it there throws.
 */
export const AlsoAuditedRecords = createParamDecorator((_data: unknown, context: ExecutionContext): AlsoAudited => {
  if (!Reflect.getMetadata(AUDITED_READ, context.getHandler()) && !Reflect.getMetadata(AUDITED_READ, context.getClass())) {
    throw new Error(
      `${context.getClass().name}.${context.getHandler().name} adds audit records but is not an @AuditedRead route`,
    );
  }
  return alsoAuditedOf(context.switchToHttp().getRequest<object>(), true)!;
});
