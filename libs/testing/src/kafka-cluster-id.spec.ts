import { newKafkaClusterId } from './kafka-cluster-id.js';

describe('newKafkaClusterId', () => {
  it('makes 22-character base64url ids of which none starts with "-" (one in 64 random ids would)', () => {
    const ids = Array.from({ length: 10_000 }, newKafkaClusterId);
    expect(ids.every((id) => /^[A-Za-z0-9_][A-Za-z0-9_-]{21}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
