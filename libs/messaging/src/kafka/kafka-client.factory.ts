import { Kafka, logLevel, type LogEntry } from 'kafkajs';
import { logger } from '@yhdessa/platform';

const levels: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/** kafkajs logs into the service's JSON log; message payloads are never part of these lines. */
function kafkaLogCreator() {
  return ({ level, log }: LogEntry) => {
    const { message, timestamp: _timestamp, ...rest } = log;
    logger()[levels[level] ?? 'info']({ kafka: rest }, message);
  };
}

export function createKafka(clientId: string, brokers: string[]): Kafka {
  return new Kafka({
    clientId,
    brokers,
    logLevel: logLevel.WARN,
    logCreator: kafkaLogCreator,
    retry: { initialRetryTime: 200, retries: 10, maxRetryTime: 5_000 },
  });
}

/** Creates topics that don't exist yet; an existing topic is left as it is. */
export async function ensureTopics(kafka: Kafka, topics: string[], numPartitions = 6): Promise<void> {
  if (topics.length === 0) return;
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic, numPartitions, replicationFactor: 1 })),
      });
    }
  } finally {
    await admin.disconnect();
  }
}
