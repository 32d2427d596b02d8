import { SetMetadata } from '@nestjs/common';
import type { InformationClass } from '@yhdessa/contracts';
import type { AuditPurpose } from '../record/audit-record.model.js';

export const AUDITED_READ = 'yhdessa:audit:read';

/** Where the interceptor finds what it needs to work out which cases a response is about. */
export interface AuditedReadSource {
  params: Readonly<Record<string, string | undefined>>;
  result: unknown;
}

export interface AuditedReadOptions {
  /** What is served, in kebab-case: `case`, `case-timeline`, `plan`, … */
  resource: string;
  informationClass: InformationClass;
  purpose: AuditPurpose;
  /**
   * Which case(s) the response is about, when the route param `caseId` (or `id` for the resource
   * `case`) does not say: e.g. a plan read by plan id, or a list over several cases. One record is
   * written per case, all in one transaction.
   */
  caseIds?: (source: AuditedReadSource) => string | readonly string[] | null | undefined;
}

/**
 * The handler serves client data: after it has produced its result and before anything is sent, the
 * audit interceptor writes one record per case; if that fails the caller gets a 500 problem and
 * none of the data.
 */
export function AuditedRead(options: AuditedReadOptions): MethodDecorator & ClassDecorator {
  return SetMetadata(AUDITED_READ, options);
}
