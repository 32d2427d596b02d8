import type { AuditedReadOptions, AuditedReadSource } from './audited-read.decorator.js';

/**
 * The cases a served response is about, one audit record each. `[null]` when it concerns no single
 * case, so a read is never left unrecorded.
 */
export function auditedCaseIds(
  options: Pick<AuditedReadOptions, 'resource' | 'caseIds'>,
  source: AuditedReadSource,
): Array<string | null> {
  const resolved = options.caseIds
    ? options.caseIds(source)
    : (source.params.caseId ?? (options.resource === 'case' ? source.params.id : undefined));
  const ids = resolved === null || resolved === undefined ? [] : typeof resolved === 'string' ? [resolved] : [...resolved];
  const unique = [...new Set(ids)];
  return unique.length > 0 ? unique : [null];
}
