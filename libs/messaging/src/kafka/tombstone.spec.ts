import type { KafkaMessage } from 'kafkajs';
import { asTombstoneIfErasure, restoreTombstoneEnvelopes, TOMBSTONE_ENVELOPE_HEADER } from './tombstone.js';

const record = (value: string) => ({ key: 'case-1', value, headers: { 'x-event-name': 'E' } });

describe('asTombstoneIfErasure', () => {
  it('sends an erasure as a tombstone: the key kept, no value, the envelope in a header', () => {
    expect(asTombstoneIfErasure('CaseStateErased.v1', record('{"id":"e"}'))).toEqual({
      key: 'case-1',
      value: null,
      headers: { 'x-event-name': 'E', [TOMBSTONE_ENVELOPE_HEADER]: '{"id":"e"}' },
    });
  });

  it('leaves every other event as it is, the case state included', () => {
    for (const name of ['CaseState.v1', 'CareTeamMemberAdded.v1', 'NotInTheCatalog.v1']) {
      expect(asTombstoneIfErasure(name, record('{}'))).toEqual(record('{}'));
    }
  });
});

describe('restoreTombstoneEnvelopes', () => {
  const consumed = (value: Buffer | null, headers: KafkaMessage['headers'] = {}) => ({ value, headers }) as KafkaMessage;

  it('gives a tombstone its envelope back as its value, for the inbox', () => {
    const tombstone = consumed(null, { [TOMBSTONE_ENVELOPE_HEADER]: Buffer.from('{"id":"e"}') });
    restoreTombstoneEnvelopes([tombstone]);
    expect(tombstone.value?.toString()).toBe('{"id":"e"}');
  });

  it('leaves records with a value, and tombstones without an envelope, as they are', () => {
    const event = consumed(Buffer.from('{"id":"a"}'), { [TOMBSTONE_ENVELOPE_HEADER]: Buffer.from('{"id":"b"}') });
    const bare = consumed(null);
    restoreTombstoneEnvelopes([event, bare]);
    expect(event.value?.toString()).toBe('{"id":"a"}');
    expect(bare.value).toBeNull();
  });
});
