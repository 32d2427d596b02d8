import { createHash } from 'node:crypto';
import { canonicalJson, type CanonicalValue } from '@yhdessa/audit';
import type { PlanContent } from './plan-content.schema.js';

/**
 * The SHA-256 of a plan content's canonical JSON (RFC 8785: members sorted by UTF-16 code units, no
 * whitespace, ECMAScript number and string forms; the same canonical form the audit chain hashes), in
 * lowercase hex: what a signature binds.
 */
export function contentHash(content: PlanContent | CanonicalValue): string {
  return createHash('sha256')
    .update(canonicalJson(content as CanonicalValue), 'utf8')
    .digest('hex');
}
