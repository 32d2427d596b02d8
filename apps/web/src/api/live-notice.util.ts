import { queryKeys } from './query-keys.js';

/** What the gateway's event stream says: something happened on a case. No client data. */
export interface LiveNotice {
  caseId: string;
  kind: string;
}

/** A notice from an SSE message's data, or null for anything else (a keep-alive, a malformed line). */
export function parseLiveNotice(data: string): LiveNotice | null {
  try {
    const value: unknown = JSON.parse(data);
    if (typeof value !== 'object' || value === null) return null;
    const { caseId, kind } = value as Record<string, unknown>;
    return typeof caseId === 'string' && caseId !== '' && typeof kind === 'string' ? { caseId, kind } : null;
  } catch {
    return null;
  }
}

/** The queries a notice makes stale: everything about that case, and the reader's own lists, which may show it. */
export function queriesToRefresh(notice: LiveNotice): ReadonlyArray<readonly unknown[]> {
  return [queryKeys.case(notice.caseId), queryKeys.mine];
}

/**
 * After the stream reconnects, notices sent while it was down are gone: every case's queries and the
 * reader's own lists are stale.
 */
export const queriesToRefreshAfterReconnect: ReadonlyArray<readonly unknown[]> = [['case'], queryKeys.mine];
