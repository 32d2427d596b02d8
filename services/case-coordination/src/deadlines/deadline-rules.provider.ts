import { deadlineRulesFromEnv, type DeadlineRules } from './statutory-deadlines.domain.js';

export const DEADLINE_RULES = Symbol('DEADLINE_RULES');

/** The law's numbers, configurable through the environment (defaults: the Finnish rules of DOMAIN.md). */
export const deadlineRulesProvider = { provide: DEADLINE_RULES, useFactory: (): DeadlineRules => deadlineRulesFromEnv(process.env) };
