/** How often the reminder sweep looks for consultations coming up, in milliseconds (REMINDER_SWEEP_INTERVAL_MS). */
export const REMINDER_SWEEP_INTERVAL_MS = Symbol('REMINDER_SWEEP_INTERVAL_MS');
