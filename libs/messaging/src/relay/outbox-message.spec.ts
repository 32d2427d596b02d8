import { CORRELATION_ID_HEADER, EVENT_NAME_HEADER, toKafkaMessage } from './outbox-message.js';

const caseId = '5b0e8f9e-2f7a-4c4e-9b1a-6a1d2f3e4c5d';
const envelope = {
  id: '01890a5d-ac96-774b-bcce-b302099a8057',
  type: 'CaseClosed',
  version: 1,
  caseId,
  correlationId: 'corr-7',
  sequence: 4,
  payload: { reason: 'Family moved abroad', closedAt: '2026-03-02T09:15:00.000Z' },
};

describe('toKafkaMessage', () => {
  it('keys the record by its case, so the case keeps one partition and its order', () => {
    expect(toKafkaMessage(caseId, 'CaseClosed.v1', envelope).key).toBe(caseId);
  });

  it('carries the whole envelope, sequence included, as JSON', () => {
    expect(JSON.parse(toKafkaMessage(caseId, 'CaseClosed.v1', envelope).value as string)).toEqual(envelope);
  });

  it('names the event and the correlation in headers, and nothing of the payload', () => {
    const { headers } = toKafkaMessage(caseId, 'CaseClosed.v1', envelope);
    expect(headers).toEqual({ [EVENT_NAME_HEADER]: 'CaseClosed.v1', [CORRELATION_ID_HEADER]: 'corr-7' });
  });

  it('gives an empty correlation header to an envelope without one', () => {
    const { correlationId: _, ...uncorrelated } = envelope;
    expect(toKafkaMessage(caseId, 'CaseClosed.v1', uncorrelated).headers).toEqual({
      [EVENT_NAME_HEADER]: 'CaseClosed.v1',
      [CORRELATION_ID_HEADER]: '',
    });
  });

  it('writes a correlation that is not a string as text', () => {
    expect(toKafkaMessage(caseId, 'CaseClosed.v1', { ...envelope, correlationId: 42 }).headers?.[CORRELATION_ID_HEADER]).toBe(
      '42',
    );
  });
});
