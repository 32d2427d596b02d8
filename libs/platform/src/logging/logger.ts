import { pino, type Logger } from 'pino';
import { currentContext } from '../context/request-context.js';

/**
 * Structured JSON logs. Every line carries the service name and, inside a request or a consumed
 * event, its correlation id. Client data never goes into a log: log ids and counts, not payloads.
 * The redaction list is a safety net for the mistakes review misses, not a licence to log bodies.
 */
let root: Logger = createLogger('yhdessa');

export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => {
      const context = currentContext();
      return context ? { correlationId: context.correlationId } : {};
    },
    redact: {
      paths: [
        'payload',
        '*.payload',
        'body',
        '*.body',
        'req.headers.authorization',
        'headers.authorization',
        'password',
        '*.password',
        'token',
        '*.token',
      ],
      censor: '[redacted]',
    },
  });
}

export function configureRootLogger(service: string, level?: string): Logger {
  root = createLogger(service, level);
  return root;
}

export function logger(): Logger {
  return root;
}
