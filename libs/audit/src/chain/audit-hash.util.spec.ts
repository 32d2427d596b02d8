import { createHash } from 'node:crypto';
import type { AuditRecordFields } from '../record/audit-record.model.js';
import { AUDIT_GENESIS_HASH, auditRecordDocument, auditRecordHash } from './audit-hash.util.js';

const fields: AuditRecordFields = {
  id: '019ab0f0-0000-7000-8000-000000000001',
  occurredAt: new Date('2026-03-02T08:15:00.123Z'),
  service: 'case-coordination',
  actor: { userId: 'worker-1', agency: 'child-protection', role: 'cp-social-worker' },
  caseId: '019ab0f0-0000-7000-8000-0000000000ca',
  action: 'read',
  resource: 'case-timeline',
  informationClass: 'child-protection',
  purpose: 'care-team-work',
  disclosedToAgency: null,
  correlationId: 'corr-0001',
};

describe('auditRecordDocument', () => {
  it('is the flat, key-sorted JSON of every field, named like the columns', () => {
    expect(auditRecordDocument(fields)).toBe(
      '{"action":"read","actor_agency":"child-protection","actor_role":"cp-social-worker","actor_user_id":"worker-1",' +
        '"case_id":"019ab0f0-0000-7000-8000-0000000000ca","correlation_id":"corr-0001","disclosed_to_agency":null,' +
        '"id":"019ab0f0-0000-7000-8000-000000000001","information_class":"child-protection",' +
        '"occurred_at":"2026-03-02T08:15:00.123Z","purpose":"care-team-work","resource":"case-timeline",' +
        '"service":"case-coordination"}',
    );
  });

  it('keeps a null case id and a null correlation id as nulls', () => {
    expect(auditRecordDocument({ ...fields, caseId: null, correlationId: null })).toContain('"case_id":null');
    expect(auditRecordDocument({ ...fields, caseId: null, correlationId: null })).toContain('"correlation_id":null');
  });
});

describe('auditRecordHash', () => {
  it('is sha256 of the previous hash followed by the document, in hex', () => {
    const expected = createHash('sha256')
      .update(AUDIT_GENESIS_HASH + auditRecordDocument(fields))
      .digest('hex');
    expect(auditRecordHash(AUDIT_GENESIS_HASH, fields)).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it('starts the chain from a fixed genesis value', () => {
    expect(AUDIT_GENESIS_HASH).toBe('0'.repeat(64));
  });

  it('does not depend on the order the fields were given in', () => {
    const reordered = Object.fromEntries(Object.entries(fields).reverse()) as unknown as AuditRecordFields;
    expect(auditRecordHash(AUDIT_GENESIS_HASH, reordered)).toBe(auditRecordHash(AUDIT_GENESIS_HASH, fields));
  });

  it('changes when the previous hash changes', () => {
    expect(auditRecordHash('f'.repeat(64), fields)).not.toBe(auditRecordHash(AUDIT_GENESIS_HASH, fields));
  });

  it.each<[string, Partial<AuditRecordFields>]>([
    ['id', { id: '019ab0f0-0000-7000-8000-000000000002' }],
    ['time (by one millisecond)', { occurredAt: new Date('2026-03-02T08:15:00.124Z') }],
    ['service', { service: 'client-plan' }],
    ['actor', { actor: { userId: 'worker-2', agency: 'child-protection', role: 'cp-social-worker' } }],
    ['actor agency', { actor: { userId: 'worker-1', agency: 'school', role: 'cp-social-worker' } }],
    ['case', { caseId: null }],
    ['action', { action: 'disclose', disclosedToAgency: 'psychiatry' }],
    ['resource', { resource: 'plan' }],
    ['information class', { informationClass: 'health' }],
    ['purpose', { purpose: 'statistics' }],
    ['correlation id', { correlationId: 'corr-0002' }],
  ])('changes when the %s changes', (_name, change) => {
    expect(auditRecordHash(AUDIT_GENESIS_HASH, { ...fields, ...change })).not.toBe(auditRecordHash(AUDIT_GENESIS_HASH, fields));
  });
});
