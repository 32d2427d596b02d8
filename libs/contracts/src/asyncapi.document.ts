import { z } from 'zod';
import { actorSchema } from './actor.js';
import { envelopeSchema } from './envelope.js';
import { eventCatalog } from './event-catalog.js';
import { auditRecordsTopic, caseStateTopic, topics, type Topic } from './topics.js';

const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'any' });
const channelId = (topic: string) => topic.replace(/\.(\w)/g, (_, letter: string) => letter.toUpperCase());
const messageId = (name: string) => name.replace('.v', 'V');

/**
 * The AsyncAPI 3 description of every topic and event, generated from the event catalog so it
 * cannot drift from what services validate; `publishers` names the service publishing to each topic
 * (tools/platform/services.json). `npm run asyncapi` rewrites docs/asyncapi.json; a test fails while
 * the committed file differs.
 */
export function asyncApiDocument(publishers: Readonly<Record<Topic, string>>): Record<string, unknown> {
  const entries = Object.entries(eventCatalog);
  const envelope = jsonSchema(envelopeSchema.omit({ payload: true, actor: true })) as { properties: object; required: string[] };
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  // case.state is kept by the publisher of case.events, in the same transactions.
  const described = [
    ...Object.values(topics).map((topic) => ({
      topic,
      publisher: publishers[topic],
      operation: `${publishers[topic]}.publish`,
      description: `Events published by ${publishers[topic]}. Keyed by case id: order is kept per case.`,
    })),
    {
      topic: caseStateTopic,
      publisher: publishers[topics.case],
      operation: `${publishers[topics.case]}.publishState`,
      description:
        `The whole care team and consents of each case, written by ${publishers[topics.case]} with every change to either. ` +
        'Keyed by case id and compacted: the latest record of every case is kept for good, so a consumer that starts late reads it ' +
        'instead of events that have aged out. An erasure is a tombstone (a null value, the envelope in the `x-tombstone-envelope` header).',
    },
    {
      topic: auditRecordsTopic,
      publisher: 'Every service with a database',
      operation: 'services.publishAuditRecords',
      description:
        "Every record of every service's audit log that concerns a case (a read or disclosure of client data: who, when, what, why), " +
        "written to the service's outbox in the same transaction as the record. Keyed by case id. " +
        `${publishers[topics.case]} merges them into each case's access report; the record id makes a repeated one harmless.`,
    },
  ];
  for (const { topic, publisher, operation, description } of described) {
    const names = entries.filter(([, definition]) => definition.topic === topic).map(([name]) => name);
    channels[channelId(topic)] = {
      address: topic,
      description,
      messages: Object.fromEntries(names.map((name) => [messageId(name), { $ref: `#/components/messages/${messageId(name)}` }])),
    };
    operations[operation] = {
      action: 'send',
      channel: { $ref: `#/channels/${channelId(topic)}` },
      summary: `${publisher} publishes through its transactional outbox.`,
      messages: names.map((name) => ({ $ref: `#/channels/${channelId(topic)}/messages/${messageId(name)}` })),
    };
  }
  const messages = Object.fromEntries(
    entries.map(([name, definition]) => [
      messageId(name),
      {
        name: definition.type,
        title: `${definition.type} v${definition.version}`,
        summary: definition.summary,
        contentType: 'application/json',
        headers: { $ref: '#/components/schemas/Headers' },
        payload:
          'tombstone' in definition
            ? {
                type: 'null',
                description: 'A tombstone: the envelope below travels in the `x-tombstone-envelope` header.',
                'x-envelope': envelopeOf(definition),
              }
            : envelopeOf(definition),
        bindings: { kafka: { key: { type: 'string', format: 'uuid', description: 'The case id.' }, bindingVersion: '0.5.0' } },
        'x-information-class': definition.informationClass,
      },
    ]),
  );
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Yhdessä domain events',
      version: '1.0.0',
      description:
        'Every event travels in one envelope. Consumers are idempotent (an inbox per consumer group); ' +
        'messages that can never be handled go to `<consumer-group>.dlq` with the error in headers.',
    },
    defaultContentType: 'application/json',
    servers: { local: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'The broker started by infra/up.sh.' } },
    channels,
    operations,
    components: {
      schemas: {
        Envelope: {
          ...envelope,
          properties: { ...envelope.properties, actor: jsonSchema(actorSchema), payload: {} },
          required: [...envelope.required, 'actor', 'payload'],
        },
        Headers: {
          type: 'object',
          properties: {
            'x-event-name': { type: 'string', description: 'Type and version, e.g. CaseOpened.v1.' },
            'x-correlation-id': { type: 'string' },
            'x-tombstone-envelope': { type: 'string', description: "On a tombstone only: the event's envelope, as JSON." },
          },
        },
      },
      messages,
    },
  };
}

/** The envelope of one event, its type, version and payload schema filled in. */
function envelopeOf(definition: { type: string; version: number; payload: z.ZodType }): Record<string, unknown> {
  return {
    allOf: [
      { $ref: '#/components/schemas/Envelope' },
      {
        type: 'object',
        properties: {
          type: { const: definition.type },
          version: { const: definition.version },
          payload: jsonSchema(definition.payload),
        },
      },
    ],
  };
}
