import { envelopeSchema, eventCatalog, eventName, isEventName, type Envelope, type EventName } from '@yhdessa/contracts';

export type InboundDecision =
  | { kind: 'event'; name: EventName; envelope: Envelope }
  /** A well-formed event this platform version doesn't know (a newer version, say): not ours to judge. */
  | { kind: 'unknown'; name: string }
  | { kind: 'poison'; reason: string };

/**
 * Decides what a consumed record is: a valid event of the catalog, an unknown one, or poison that
 * can never be handled (unreadable, or failing its schema). Pure; inbound-event.spec.ts covers
 * every branch.
 */
export function decodeInbound(value: unknown): InboundDecision {
  let raw = value;
  if (Buffer.isBuffer(raw)) raw = raw.toString('utf8');
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw);
    } catch {
      return { kind: 'poison', reason: 'value is not JSON' };
    }
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return { kind: 'poison', reason: `envelope invalid: ${describeIssues(envelope.error.issues)}` };
  const name = eventName(envelope.data.type, envelope.data.version);
  if (!isEventName(name)) return { kind: 'unknown', name };
  const payload = eventCatalog[name].payload.safeParse(envelope.data.payload);
  if (!payload.success) return { kind: 'poison', reason: `${name} payload invalid: ${describeIssues(payload.error.issues)}` };
  return { kind: 'event', name, envelope: { ...envelope.data, payload: payload.data } };
}

/** Paths and rule names only: a schema error message must not carry the value it rejected. */
function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; code: string }>): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.code}`)
    .join('; ');
}
