import type { ServiceEnv } from '@yhdessa/platform';

/** What every service's HTTP edge is set up with, from its validated configuration. */
export interface HttpEdgeOptions {
  /** The service's name: the OpenAPI document's title, and the rate limit's namespace in Redis. */
  service: string;
  rateLimit: { writes: number; windowSeconds: number };
  /** Serve the OpenAPI document at /docs (development only). */
  apiDocs: boolean;
}

export const HTTP_EDGE_OPTIONS = Symbol('HTTP_EDGE_OPTIONS');

export type HttpEdgeEnv = Pick<ServiceEnv, 'RATE_LIMIT_WRITES' | 'RATE_LIMIT_WINDOW_SECONDS' | 'API_DOCS'>;

export function httpEdgeOptions(config: HttpEdgeEnv, service: string): HttpEdgeOptions {
  return {
    service,
    rateLimit: { writes: config.RATE_LIMIT_WRITES, windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS },
    apiDocs: config.API_DOCS,
  };
}
