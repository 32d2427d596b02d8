import { loadConfig, serviceSchema } from '@yhdessa/platform';
import { z } from 'zod';
import { forwardedServices, type ForwardedService } from './forward/forwarded-services.js';

/** The common service environment, with the gateway's own database (its care-team projection and inbox). */
const serviceEnv = serviceSchema('GATEWAY_PORT', 'GATEWAY_DB');

const seconds = (fallback: number) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(31 * 86_400)
    .default(fallback);
const serviceUrl = z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, ''));

/** What only the gateway reads: its sign-in client, sessions, the services it forwards to and the web app. */
const gatewayEnv = z.object({
  /** Where the browser reaches the gateway (scheme, host, port); the OIDC redirect is `<origin>/auth/callback`. */
  GATEWAY_PUBLIC_ORIGIN: serviceUrl.refine(
    (url) => new URL(url).origin === url,
    'expected an origin: scheme, host and port, no path',
  ),
  OIDC_CLIENT_ID: z.string().min(1).default('yhdessa-web'),
  /** Where the gateway itself reaches Keycloak when that is not the issuer's address (containers: http://keycloak:8080). */
  KEYCLOAK_URL: serviceUrl.optional(),
  OIDC_CLIENT_SECRET: z.string().min(1),
  /** The service account that looks professionals up by name in Keycloak (`GET /api/people`): may search and view users only. */
  PEOPLE_DIRECTORY_CLIENT_ID: z.string().min(1).default('yhdessa-people-directory'),
  PEOPLE_DIRECTORY_CLIENT_SECRET: z.string().min(1),
  SESSION_IDLE_SECONDS: seconds(1800),
  SESSION_MAX_SECONDS: seconds(36_000),
  /** The built web app served at `/`. */
  WEB_DIST_DIR: z.string().min(1).default('dist/web'),
  /** Comment lines on each live-update stream, so proxies keep it open and a dead session ends it. */
  SSE_HEARTBEAT_SECONDS: seconds(15),
  /** A signature (a party signing the client plan) needs a sign-in at the identity provider at most this long ago. */
  SIGNING_REAUTH_SECONDS: seconds(300),
  ...(Object.fromEntries(Object.values(forwardedServices).map((variable) => [variable, serviceUrl])) as Record<
    (typeof forwardedServices)[ForwardedService],
    typeof serviceUrl
  >),
});

export type GatewayConfig = z.infer<typeof serviceEnv> & z.infer<typeof gatewayEnv>;

export const loadGatewayConfig = (env: NodeJS.ProcessEnv = process.env): GatewayConfig => ({
  ...loadConfig(serviceEnv, env),
  ...loadConfig(gatewayEnv, env),
});

/** Each forwarded service's base URL, by its name in `/api/<service>/…`. */
export function serviceUrls(config: GatewayConfig): Record<ForwardedService, string> {
  return Object.fromEntries(Object.entries(forwardedServices).map(([name, variable]) => [name, config[variable]])) as Record<
    ForwardedService,
    string
  >;
}
