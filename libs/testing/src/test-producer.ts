import { Kafka, logLevel, type Producer } from 'kafkajs';
import { testServers } from './test-env.js';

/**
 * A plain kafkajs producer, connected, for a test that writes records onto a topic itself (an event
 * another service would publish, or filler). `brokers` defaults to the test Kafka; a throwaway broker's
 * test passes its own. The caller disconnects it.
 */
export async function connectTestProducer(clientId: string, brokers: string[] = testServers().kafkaBrokers): Promise<Producer> {
  const producer = new Kafka({ clientId, brokers, logLevel: logLevel.NOTHING }).producer();
  await producer.connect();
  return producer;
}
