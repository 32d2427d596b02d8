import { accessRecordedV1 } from '@yhdessa/contracts';
import type { AuditRecord } from '../record/audit-record.model.js';
import { accessRecordedEvent } from './access-recorded.mapper.js';

const CASE = '019ab0f0-0000-7000-8000-0000000000ca';
const record: AuditRecord = {
  id: '019ab0f0-0000-7000-8000-0000000000a1',
  occurredAt: new Date('2026-03-02T08:15:00.000Z'),
  service: 'assessment',
  actor: { userId: 'teacher-1', agency: 'school', role: 'teacher' },
  caseId: CASE,
  action: 'read',
  resource: 'case-timeline',
  informationClass: 'school',
  purpose: 'care-team-work',
  disclosedToAgency: null,
  correlationId: 'request-7',
  chainKey: CASE,
  seq: 4,
  prevHash: '0'.repeat(64),
  hash: 'a'.repeat(64),
};

describe('accessRecordedEvent', () => {
  it('carries who, when, what and why of a record about a case, keyed by the case, with its own correlation', () => {
    const event = accessRecordedEvent(record, 'Anna Laine');
    expect(event).toEqual({
      name: 'AccessRecorded.v1',
      caseId: CASE,
      actor: { userId: 'teacher-1', agency: 'school', role: 'teacher' },
      correlationId: 'request-7',
      causationId: null,
      payload: {
        recordId: record.id,
        service: 'assessment',
        actorDisplayName: 'Anna Laine',
        accessedAt: '2026-03-02T08:15:00.000Z',
        action: 'read',
        resource: 'case-timeline',
        informationClass: 'school',
        purpose: 'care-team-work',
        disclosedToAgency: null,
      },
    });
    expect(accessRecordedV1.safeParse(event!.payload).success).toBe(true);
  });

  it('names the receiving agency of a disclosure', () => {
    const event = accessRecordedEvent({ ...record, action: 'disclose', disclosedToAgency: 'psychiatry' }, null);
    expect(event?.payload).toMatchObject({ action: 'disclose', disclosedToAgency: 'psychiatry' });
  });

  it('publishes nothing of a record about no single case', () => {
    expect(accessRecordedEvent({ ...record, caseId: null, chainKey: 'no-case' }, 'Anna Laine')).toBeNull();
  });

  it.each<[string, string | null, string | null]>([
    ['no name', null, null],
    ['an empty name', '  ', null],
    ['a padded name', ' Anna Laine ', 'Anna Laine'],
    ['a name too long to show', 'x'.repeat(250), 'x'.repeat(200)],
  ])('takes %s as the schema allows it', (_case, given, shown) => {
    const event = accessRecordedEvent(record, given);
    expect(event?.payload).toMatchObject({ actorDisplayName: shown });
    expect(accessRecordedV1.safeParse(event!.payload).success).toBe(true);
  });

  it('falls back to the record id as correlation when the record has none', () => {
    expect(accessRecordedEvent({ ...record, correlationId: null }, null)?.correlationId).toBe(record.id);
  });
});
