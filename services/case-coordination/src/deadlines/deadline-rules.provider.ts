/** The law's numbers for this service (from its configuration: see case-coordination.config.ts). */
export const DEADLINE_RULES = Symbol('DEADLINE_RULES');
