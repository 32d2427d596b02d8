export * from './care-team-membership.js';
export * from './care-team-access.js';
export * from './care-team.projection.js';
export * from './care-team.module.js';
export * from './create-care-team-projection.migration.js';
export * from './care-team-projection-any-order.migration.js';
export * from './care-team.migrations.js';
