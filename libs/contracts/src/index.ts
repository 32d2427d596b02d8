export * from './actor.js';
export * from './information-class.js';
export * from './envelope.js';
export * from './topics.js';
export * from './event-catalog.js';
export * from './case/case.events.js';
export * from './case/care-team.events.js';
export * from './asyncapi.document.js';
