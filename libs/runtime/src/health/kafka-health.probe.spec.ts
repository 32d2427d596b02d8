import type { Admin, Kafka } from 'kafkajs';
import { KafkaHealthProbe } from './kafka-health.probe.js';

function fakeKafka(connect: () => Promise<void>) {
  const admin = { connect: jest.fn(connect), describeCluster: jest.fn(async () => ({})), disconnect: jest.fn(async () => {}) };
  const kafka = { admin: jest.fn(() => admin as unknown as Admin) };
  return { admin, kafka: kafka as unknown as Kafka & typeof kafka };
}

describe('KafkaHealthProbe', () => {
  it('asks the cluster through one admin connection, however often it is asked', async () => {
    const { admin, kafka } = fakeKafka(async () => {});
    const probe = new KafkaHealthProbe(kafka);
    await probe.check();
    await probe.check();
    expect(kafka.admin).toHaveBeenCalledTimes(1);
    expect(admin.describeCluster).toHaveBeenCalledTimes(2);
  });

  it('fails while Kafka is unreachable and connects again on the next check', async () => {
    const connect = jest.fn<Promise<void>, []>().mockRejectedValueOnce(new Error('ECONNREFUSED')).mockResolvedValue();
    const { admin, kafka } = fakeKafka(connect);
    const probe = new KafkaHealthProbe(kafka);
    await expect(probe.check()).rejects.toThrow('ECONNREFUSED');
    await expect(probe.check()).resolves.toBeUndefined();
    expect(admin.describeCluster).toHaveBeenCalledTimes(1);
  });

  it('closes its connection when the service stops', async () => {
    const { admin, kafka } = fakeKafka(async () => {});
    const probe = new KafkaHealthProbe(kafka);
    await probe.check();
    await probe.onApplicationShutdown();
    expect(admin.disconnect).toHaveBeenCalledTimes(1);
  });
});
