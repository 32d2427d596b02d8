export * from './consent-validity.js';
export * from './consent-access.js';
export * from './consent.projection.js';
export * from './consent.module.js';
export * from './create-consent-projection.migration.js';
export * from './consent-projection-any-order.migration.js';
export * from './consent.migrations.js';
