import type { components } from '../api/gateway.openapi.js';

type Me = components['schemas']['Me'];

/** The roles whose holders may be registered as consultation experts (DOMAIN: the pools by agency and kind). */
const expertRoles = ['cp-social-worker', 'special-needs-teacher', 'liaison-nurse', 'psychiatry-clinician', 'systemic-clinician'];

/** Whether the main menu offers the calendar: to those who may be experts; the page itself says so to one who is not. */
export const mayBeExpert = (me: Pick<Me, 'roles'>): boolean => me.roles.some((role) => expertRoles.includes(role));
