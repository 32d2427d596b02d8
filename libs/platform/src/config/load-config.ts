import { z } from 'zod';
import { ConfigError } from './config.error.js';

/**
 * Validates the environment once, at boot, into a typed object. The first bad variable stops the
 * service with one line naming it. Values are never echoed: some are secrets.
 */
export function loadConfig<S extends z.ZodObject>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const variable = String(issue.path[0] ?? 'environment');
  const problem = env[variable] === undefined || env[variable] === '' ? 'is missing' : `is invalid (${issue.message})`;
  throw new ConfigError(variable, problem);
}

const port = z.coerce.number().int().min(1).max(65535);

/** What every service needs: its database, Kafka, Redis and the identity provider. */
export const serviceEnvSchema = z.object({
  PGHOST: z.string().min(1).default('127.0.0.1'),
  PGPORT: port.default(5432),
  PGUSER: z.string().min(1).default('postgres'),
  PGPASSWORD: z.string().default(''),
  KAFKA_BROKERS: z
    .string()
    .min(1)
    .transform((value) => value.split(',').map((broker) => broker.trim()))
    .pipe(z.array(z.string().regex(/^[^:\s]+:\d+$/, 'expected host:port[,host:port]')).min(1)),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }),
  OIDC_ISSUER: z.url(),
  OIDC_AUDIENCE: z.string().min(1),
  /** Consumer group override (tests run their own groups beside a running platform). */
  KAFKA_GROUP_ID: z.string().regex(/^[A-Za-z0-9._-]+$/).optional(),
  /** A new consumer group reads each topic from its start (default) or only what comes next. */
  KAFKA_FROM_BEGINNING: z.stringbool().default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The address the HTTP server listens on: loopback on a developer machine, every interface (`0.0.0.0`) in a container. */
  LISTEN_HOST: z.union([z.ipv4(), z.ipv6(), z.hostname()]).default('127.0.0.1'),
  /** Writes (POST, PUT, PATCH, DELETE) one user may make to one service within a window; the next get 429. */
  RATE_LIMIT_WRITES: z.coerce.number().int().min(1).default(60),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  /** Serve the service's OpenAPI document at /docs: for development, never in production. */
  API_DOCS: z.stringbool().default(false),
});

export type ServiceEnv = z.infer<typeof serviceEnvSchema>;

/** One service's own settings: which port it listens on and which database it owns. */
const databaseName = z.string().regex(/^[a-z_][a-z0-9_]*$/, 'expected a database name');

export function serviceSchema<P extends string, D extends string>(portVariable: P, databaseVariable: D) {
  const own = { [portVariable]: port, [databaseVariable]: databaseName } as { [K in P]: typeof port } & {
    [K in D]: typeof databaseName;
  };
  return serviceEnvSchema.extend(own);
}
