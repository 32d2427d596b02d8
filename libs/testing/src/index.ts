export * from './test-env.js';
export * from './test-database.js';
export * from './expect-eventually.js';
export * from './keycloak-tokens.js';
export * from './messaging-test-app.js';
export * from './service-under-test.js';
