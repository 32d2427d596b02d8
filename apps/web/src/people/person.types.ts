import type { components, paths } from '../api/gateway.openapi.js';

/** One professional found in the people directory (`GET /api/people`). */
export type Person = components['schemas']['Person'];
/** The professional roles the directory can be asked for (`role=`). */
export type PersonRole = NonNullable<paths['/api/people']['get']['parameters']['query']['role']>;
