import { Injectable } from '@nestjs/common';
import { eventCatalog, eventName, isEventName, onlyReadAgain, topics, type Envelope } from '@yhdessa/contracts';
import { HandlesEveryEvent } from '@yhdessa/messaging';
import type { EntityManager } from 'typeorm';
import { timelineDetails } from './timeline-details.js';
import { timelineSummary } from './timeline-summary.js';

const eventsTopics: readonly string[] = Object.values(topics);

/**
 * Puts every event about a case, from every service's events topic, on its timeline once (the event id
 * is the key); an event the catalog does not name has no summary to show and is left off, and so are
 * the audit records this service also consumes (a read is not something that happened on the case:
 * the access report lists them), and a service's notice that its reads now follow a consent (a hint
 * for live views to read again, `readAgain` in the catalog, every version of it marked so: the consent
 * itself is on the timeline).
 *
 * Only events of a case this service holds: an anonymous consultation's events are keyed by the
 * consultation, not by a case, and leave nothing here (its notification or referral still reaches
 * intake's inbox, which names no child).
 */
@Injectable()
export class TimelineProjection {
  @HandlesEveryEvent()
  async onEvent(event: Envelope, manager: EntityManager): Promise<void> {
    const name = eventName(event.type, event.version);
    if (!isEventName(name) || !eventsTopics.includes(eventCatalog[name].topic)) return;
    if (onlyReadAgain(name)) return;
    await manager.query(
      `INSERT INTO case_timeline_entry (event_id, case_id, occurred_at, event_name, information_class, actor, summary, details)
       SELECT $1::uuid, $2::uuid, $3::timestamptz, $4::text, $5::text, $6::jsonb, $7::text, $8::jsonb
        WHERE EXISTS (SELECT 1 FROM child_case WHERE id = $2::uuid)
       ON CONFLICT (event_id) DO NOTHING`,
      [
        event.id,
        event.caseId,
        event.occurredAt,
        name,
        eventCatalog[name].informationClass,
        event.actor,
        timelineSummary(name, event),
        timelineDetails(name, event),
      ],
    );
  }
}
