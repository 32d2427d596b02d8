export * from './test-env.js';
export * from './test-database.js';
export * from './expect-eventually.js';
