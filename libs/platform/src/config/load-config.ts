import { z } from 'zod';
import type { DatabaseRole } from '../database/service-role.js';
import { ConfigError } from './config.error.js';

/**
 * Validates the environment once, at boot, into a typed object. The first bad variable stops the
 * service with one line naming it. Values are never echoed: some are secrets.
 */
export function loadConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
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
  KAFKA_GROUP_ID: z
    .string()
    .regex(/^[A-Za-z0-9._-]+$/)
    .optional(),
  /** A new consumer group reads each topic from its start (default) or only what comes next. */
  KAFKA_FROM_BEGINNING: z.stringbool().default(true),
  /** Partitions and replicas of each topic created (tools/platform/create-topics.ts, and each service at start). */
  KAFKA_TOPIC_PARTITIONS: z.coerce.number().int().min(1).default(6),
  KAFKA_REPLICATION_FACTOR: z.coerce.number().int().min(1).default(1),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The address the HTTP server listens on: loopback on a developer machine, every interface (`0.0.0.0`) in a container. */
  LISTEN_HOST: z
    .union([z.ipv4(), z.ipv6(), z.hostname()], { error: 'expected an IP address or a host name' })
    .default('127.0.0.1'),
  /** Writes (POST, PUT, PATCH, DELETE) one user may make to one service within a window; the next get 429. */
  RATE_LIMIT_WRITES: z.coerce.number().int().min(1).default(60),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  /** Serve the service's OpenAPI document at /docs: for development, never in production. */
  API_DOCS: z.stringbool().default(false),
});

export type ServiceEnv = z.infer<typeof serviceEnvSchema>;

const databaseName = z.string().regex(/^[a-z_][a-z0-9_]*$/, 'expected a database name');
const roleName = z
  .string()
  .regex(/^[a-z_][a-z0-9_]*$/, 'expected a role name')
  .optional();
const rolePassword = z.string().optional();
/** Not a variable: filled in from the role's variables once they are read (`ServiceDatabaseEnv.databaseRole`). */
const derivedRole = z.object({ user: z.string(), password: z.string() }).default({ user: '', password: '' });
/** How often a service anchors its audit chains' heads outside its database (`audit.checkpoints`). */
const auditCheckpointInterval = z.coerce.number().int().min(100).max(86_400_000).default(60_000);

/** What every service with a database has beyond `ServiceEnv`, whatever its variables are called. */
export type ServiceDatabaseEnv = ServiceEnv & {
  AUDIT_CHECKPOINT_INTERVAL_MS: number;
  /** The login the service connects with at run time; migrations connect as PGUSER, the owner. */
  databaseRole: DatabaseRole;
};

/**
 * One service's own settings: which port it listens on, which database it owns, and the role it
 * connects to that database as (`<database variable>_USER` and `_PASSWORD`, e.g.
 * `CASE_COORDINATION_DB_USER`): a role that reads and writes the service's rows but may only append
 * to its audit log, while migrations run as PGUSER, the owner of the tables. Without a role of its
 * own the service connects as PGUSER.
 */
export function serviceSchema<P extends string, D extends string>(portVariable: P, databaseVariable: D) {
  const userVariable = `${databaseVariable}_USER`;
  const passwordVariable = `${databaseVariable}_PASSWORD`;
  const own = {
    [portVariable]: port,
    [databaseVariable]: databaseName,
    [userVariable]: roleName,
    [passwordVariable]: rolePassword,
  } as { [K in P]: typeof port } & { [K in D]: typeof databaseName } & { [K in `${D}_USER`]: typeof roleName } & {
    [K in `${D}_PASSWORD`]: typeof rolePassword;
  };
  return serviceEnvSchema
    .extend({ ...own, AUDIT_CHECKPOINT_INTERVAL_MS: auditCheckpointInterval, databaseRole: derivedRole })
    .overwrite((env) => {
      const variables = env as unknown as Record<string, string | undefined>;
      const user = variables[userVariable];
      const owner = { user: variables.PGUSER!, password: variables.PGPASSWORD! };
      return { ...env, databaseRole: user === undefined ? owner : { user, password: variables[passwordVariable] ?? '' } };
    });
}
