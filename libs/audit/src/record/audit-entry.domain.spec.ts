import { AuditError, AuditErrorCode } from '../audit.error.js';
import { assertValidAuditEntry } from './audit-entry.domain.js';
import type { AuditEntry } from './audit-record.model.js';

const read: AuditEntry = {
  actor: { userId: 'worker-1', agency: 'child-protection', role: 'cp-social-worker' },
  action: 'read',
  caseId: '019ab0f0-0000-7000-8000-0000000000ca',
  resource: 'case-timeline',
  informationClass: 'child-protection',
  purpose: 'care-team-work',
};

function codeOf(entry: AuditEntry): AuditErrorCode | undefined {
  try {
    assertValidAuditEntry(entry);
    return undefined;
  } catch (error) {
    return error instanceof AuditError ? error.code : undefined;
  }
}

describe('assertValidAuditEntry', () => {
  it('accepts a read of a case', () => {
    expect(codeOf(read)).toBeUndefined();
  });

  it('accepts a read that concerns no single case', () => {
    expect(codeOf({ ...read, caseId: null })).toBeUndefined();
  });

  it('accepts a disclosure that names the receiving agency', () => {
    expect(codeOf({ ...read, action: 'disclose', disclosedToAgency: 'psychiatry' })).toBeUndefined();
  });

  it.each<[string, Partial<AuditEntry>]>([
    ['a disclosure without a receiving agency', { action: 'disclose' }],
    ['a read with a receiving agency', { disclosedToAgency: 'school' }],
    ['an unknown receiving agency', { action: 'disclose', disclosedToAgency: 'police' as never }],
    ['a case id that is not a UUID', { caseId: '42' }],
    ['an unknown action', { action: 'update' as never }],
    ['an unknown purpose', { purpose: 'curiosity' as never }],
    ['an unknown information class', { informationClass: 'gossip' as never }],
    ['a resource that is not kebab-case', { resource: 'Case Timeline' }],
    ['an actor without a user id', { actor: { userId: '', agency: 'school', role: 'teacher' } }],
    ['an actor of an unknown agency', { actor: { userId: 'u', agency: 'bank' as never, role: 'teacher' } }],
    ['an empty correlation id', { correlationId: '' }],
  ])('refuses %s', (_name, change) => {
    expect(codeOf({ ...read, ...change })).toBe(AuditErrorCode.InvalidEntry);
  });

  it('does not put the refused value into the message', () => {
    expect(() => assertValidAuditEntry({ ...read, caseId: 'Matti Meikäläinen' })).toThrow(/^(?!.*Matti).*$/);
  });
});
