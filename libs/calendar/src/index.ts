export * from './calendar-day.util.js';
export * from './working-days.util.js';
export * from './statutory-time-limits.util.js';
export * from './age.util.js';
