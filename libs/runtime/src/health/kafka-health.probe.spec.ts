import type { Kafka } from 'kafkajs';
import { KafkaHealthProbe } from './kafka-health.probe.js';

/** A Kafka client whose admin counts what it is asked; `refusals` connects fail first. */
function fakeKafka(refusals = 0) {
  const calls = { admins: 0, connects: 0, describes: 0, disconnects: 0 };
  const admin = {
    connect: async () => {
      calls.connects += 1;
      if (calls.connects <= refusals) throw new Error('ECONNREFUSED');
    },
    describeCluster: async () => {
      calls.describes += 1;
      return {};
    },
    disconnect: async () => {
      calls.disconnects += 1;
    },
  };
  const kafka = {
    admin: () => {
      calls.admins += 1;
      return admin;
    },
  };
  return { calls, kafka: kafka as unknown as Kafka };
}

describe('KafkaHealthProbe', () => {
  it('asks the cluster through one admin connection, however often it is asked', async () => {
    const { calls, kafka } = fakeKafka();
    const probe = new KafkaHealthProbe(kafka);
    await probe.check();
    await probe.check();
    expect(calls).toMatchObject({ admins: 1, connects: 1, describes: 2 });
  });

  it('fails while Kafka is unreachable and connects again on the next check', async () => {
    const { calls, kafka } = fakeKafka(1);
    const probe = new KafkaHealthProbe(kafka);
    await expect(probe.check()).rejects.toThrow('ECONNREFUSED');
    await expect(probe.check()).resolves.toBeUndefined();
    expect(calls).toMatchObject({ connects: 2, describes: 1 });
  });

  it("fails, saying why, while the service's own topics or consumer are not there yet, though the cluster answers", async () => {
    const { kafka } = fakeKafka();
    let pending: string | null = 'its Kafka consumer has not joined its group yet';
    const probe = new KafkaHealthProbe(kafka, { pending: () => pending });
    await expect(probe.check()).rejects.toThrow('its Kafka consumer has not joined its group yet');
    pending = null;
    await expect(probe.check()).resolves.toBeUndefined();
  });

  it('closes its connection when the service stops', async () => {
    const { calls, kafka } = fakeKafka();
    const probe = new KafkaHealthProbe(kafka);
    await probe.check();
    await probe.onApplicationShutdown();
    expect(calls.disconnects).toBe(1);
  });
});
