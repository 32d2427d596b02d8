import { loadConfig, serviceEnvSchema } from '@yhdessa/platform';
import type { z } from 'zod';

/** The common service environment without PostgreSQL: the gateway keeps no database. */
const schema = serviceEnvSchema.omit({ PGHOST: true, PGPORT: true, PGUSER: true, PGPASSWORD: true }).extend({
  // The same port rule every service's own port follows, without PGPORT's default.
  GATEWAY_PORT: serviceEnvSchema.shape.PGPORT.unwrap(),
});
export type GatewayConfig = z.infer<typeof schema>;

export const loadGatewayConfig = (env: NodeJS.ProcessEnv = process.env): GatewayConfig => loadConfig(schema, env);
