import type { SharedProducer } from '@yhdessa/messaging';
import type { Kafka } from 'kafkajs';
import { KafkaHealthProbe } from './kafka-health.probe.js';
import { kafkaHealthProvider } from './kafka-health.provider.js';

describe('kafkaHealthProvider', () => {
  it("probes through the messaging producer's client when the service has one", async () => {
    let described = 0;
    const admin = { connect: async () => {}, describeCluster: async () => (described += 1) };
    const producer = { kafka: { admin: () => admin } as unknown as Kafka } as SharedProducer;
    const probe = kafkaHealthProvider().useFactory(producer) as KafkaHealthProbe;
    await probe.check();
    expect(described).toBe(1);
  });

  it('probes through a client of its own when the service has no messaging', () => {
    const probe = kafkaHealthProvider({ clientId: 'gateway-health', brokers: ['127.0.0.1:9092'] }).useFactory(undefined);
    expect(probe).toBeInstanceOf(KafkaHealthProbe);
  });

  it('gives no probe to a service that uses no Kafka, so readiness skips the check', () => {
    expect(kafkaHealthProvider().useFactory(undefined)).toBeNull();
  });
});
