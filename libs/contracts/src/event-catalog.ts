import { z } from 'zod';
import { careTeamMemberAddedV1, careTeamMemberRemovedV1 } from './case/care-team.events.js';
import { caseOpenedV1 } from './case/case.events.js';
import type { InformationClass } from './information-class.js';
import { topics, type Topic } from './topics.js';

interface EventDefinition {
  type: string;
  version: number;
  topic: Topic;
  summary: string;
  /** The class of client information the payload carries; decides who may see it downstream. */
  informationClass: InformationClass;
  payload: z.ZodType;
}

/**
 * Every event the platform publishes, typed: `publish()` and handlers are checked against it by the
 * compiler, payloads are validated against it on publish and on consume, and the AsyncAPI document
 * is generated from it. A change that breaks a consumer is a new version, never an edit.
 */
export const eventCatalog = {
  'CaseOpened.v1': {
    type: 'CaseOpened',
    version: 1,
    topic: topics.case,
    summary: 'A child became a client: a case was opened from a notification, referral or application.',
    informationClass: 'child-protection',
    payload: caseOpenedV1,
  },
  'CareTeamMemberAdded.v1': {
    type: 'CareTeamMemberAdded',
    version: 1,
    topic: topics.case,
    summary: "A professional, the child or a guardian joined the case's care team.",
    informationClass: 'shared-plan',
    payload: careTeamMemberAddedV1,
  },
  'CareTeamMemberRemoved.v1': {
    type: 'CareTeamMemberRemoved',
    version: 1,
    topic: topics.case,
    summary: "A member left the case's care team; their access ends with it.",
    informationClass: 'shared-plan',
    payload: careTeamMemberRemovedV1,
  },
} as const satisfies Record<string, EventDefinition>;

export type EventName = keyof typeof eventCatalog;
export type PayloadOf<N extends EventName> = z.infer<(typeof eventCatalog)[N]['payload']>;

export function eventName(type: string, version: number): string {
  return `${type}.v${version}`;
}

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(eventCatalog, name);
}
