import { decodeInbound } from './inbound-event.js';

const envelope = {
  id: '01890a5d-ac96-774b-bcce-b302099a8057',
  type: 'CaseOpened',
  version: 1,
  occurredAt: '2026-03-02T09:15:00.000Z',
  caseId: '5b0e8f9e-2f7a-4c4e-9b1a-6a1d2f3e4c5d',
  actor: { userId: 'service:case-coordination', agency: 'system', role: 'system' },
  correlationId: 'corr-1',
  causationId: null,
  sequence: 3,
  payload: {
    origin: 'child-welfare-notification',
    receivedAt: '2026-03-02T08:00:00.000Z',
    responsibleWorker: { userId: 'worker-1', displayName: 'Sari Virtanen' },
    language: 'fi',
  },
};

describe('decodeInbound', () => {
  it.each([
    ['a Buffer of JSON', Buffer.from(JSON.stringify(envelope))],
    ['a string of JSON', JSON.stringify(envelope)],
    ['an object already parsed', envelope],
  ])('reads %s as the catalog event it is, envelope and sequence included', (_, value) => {
    expect(decodeInbound(value)).toEqual({ kind: 'event', name: 'CaseOpened.v1', envelope });
  });

  it('takes the envelope without a sequence, as events published before sequences have none', () => {
    const { sequence: _, ...unsequenced } = envelope;
    expect(decodeInbound(unsequenced)).toEqual({ kind: 'event', name: 'CaseOpened.v1', envelope: unsequenced });
  });

  it('hands on the payload as its schema parsed it: fields the event does not have are dropped', () => {
    const decision = decodeInbound({ ...envelope, payload: { ...envelope.payload, childName: 'Aino Aalto' } });
    expect(decision).toEqual({ kind: 'event', name: 'CaseOpened.v1', envelope });
  });

  it.each([
    ['text that is not JSON', 'this is not an event'],
    ['bytes that are not JSON', Buffer.from([0xff, 0x00, 0x7b])],
    ['a cut-off JSON document', JSON.stringify(envelope).slice(0, 40)],
  ])('calls %s poison', (_, value) => {
    expect(decodeInbound(value)).toEqual({ kind: 'poison', reason: 'value is not JSON' });
  });

  it.each([
    ['an empty record (a tombstone)', null, '(root): invalid_type'],
    ['JSON that is no object', '42', '(root): invalid_type'],
    ['an envelope without its case', { ...envelope, caseId: undefined }, 'caseId: invalid_type'],
    ['an envelope with a sequence of 0', { ...envelope, sequence: 0 }, 'sequence: too_small'],
    ['an id that is no UUIDv7', { ...envelope, id: '5b0e8f9e-2f7a-4c4e-9b1a-6a1d2f3e4c5d' }, 'id: invalid_format'],
  ])('calls %s poison, naming the path and the rule broken', (_, value, reason) => {
    expect(decodeInbound(value)).toEqual({ kind: 'poison', reason: `envelope invalid: ${reason}` });
  });

  it('names at most five broken rules', () => {
    const decision = decodeInbound({ payload: {} });
    expect(decision.kind).toBe('poison');
    const reason = (decision as { reason: string }).reason;
    expect(reason).toMatch(/^envelope invalid: /);
    expect(reason.replace('envelope invalid: ', '').split('; ')).toHaveLength(5);
  });

  it.each([
    ['a type the catalog does not have', { ...envelope, type: 'CaseMerged' }, 'CaseMerged.v1'],
    ['a version the catalog does not have yet', { ...envelope, version: 99 }, 'CaseOpened.v99'],
  ])('leaves %s alone as unknown, whatever its payload', (_, value, name) => {
    expect(decodeInbound({ ...value, payload: { anything: true } })).toEqual({ kind: 'unknown', name });
  });

  it('calls a known event whose payload breaks its schema poison, without the value it rejected', () => {
    const decision = decodeInbound({
      ...envelope,
      payload: { ...envelope.payload, language: 'klingon', responsibleWorker: { userId: '' } },
    });
    expect(decision).toEqual({
      kind: 'poison',
      reason:
        'CaseOpened.v1 payload invalid: responsibleWorker.userId: too_small; responsibleWorker.displayName: invalid_type; language: invalid_value',
    });
    expect(JSON.stringify(decision)).not.toContain('klingon');
  });
});
