import type { GatewayConfig } from './gateway.config.js';

/** The gateway's validated configuration, for its own providers. */
export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');
export type { GatewayConfig };
