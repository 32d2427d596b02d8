/**
 * The services the gateway forwards `/api/<service>/…` to, and the variable holding each one's base
 * URL: every service of tools/platform/services.json but the gateway (its spec holds them to it).
 */
export const forwardedServices = {
  'case-coordination': 'CASE_COORDINATION_URL',
  assessment: 'ASSESSMENT_URL',
  'client-plan': 'CLIENT_PLAN_URL',
  'consultation-booking': 'CONSULTATION_BOOKING_URL',
} as const;

export type ForwardedService = keyof typeof forwardedServices;

export const isForwardedService = (name: string): name is ForwardedService => Object.hasOwn(forwardedServices, name);
