import { Kafka, logLevel, type LogEntry, type RetryOptions } from 'kafkajs';
import { logger } from '@yhdessa/platform';

const levels: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/** kafkajs logs into the service's JSON log; message payloads are never part of these lines. */
export function kafkaLogCreator() {
  return ({ level, log }: LogEntry) => {
    const { message, timestamp: _timestamp, ...rest } = log;
    logger()[levels[level] ?? 'info']({ kafka: rest }, message);
  };
}

/** kafkajs's own retries of one request. */
export const kafkaRetry: RetryOptions = { initialRetryTime: 200, retries: 10, maxRetryTime: 5_000 };

/**
 * For a caller that keeps trying by itself (`retryUntil`, which logs one line per failed attempt):
 * few retries per attempt, and kafkajs's own error lines left out, which would only repeat it.
 */
export const selfRetrying = { retry: { initialRetryTime: 200, retries: 2, maxRetryTime: 1_000 }, quiet: true } as const;

export function createKafka(clientId: string, brokers: string[], options: { retry?: RetryOptions; quiet?: boolean } = {}): Kafka {
  return new Kafka({
    clientId,
    brokers,
    logLevel: options.quiet ? logLevel.NOTHING : logLevel.WARN,
    logCreator: kafkaLogCreator,
    retry: options.retry ?? kafkaRetry,
  });
}
