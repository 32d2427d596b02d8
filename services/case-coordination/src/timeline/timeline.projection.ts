import { Injectable } from '@nestjs/common';
import { eventCatalog, eventName, isEventName, topics, type Envelope } from '@yhdessa/contracts';
import { HandlesEveryEvent } from '@yhdessa/messaging';
import type { EntityManager } from 'typeorm';
import { timelineDetails } from './timeline-details.js';
import { timelineSummary } from './timeline-summary.js';

const eventsTopics: readonly string[] = Object.values(topics);

/**
 * Puts every event about a case, from every service's events topic, on its timeline once (the event id
 * is the key); an event the catalog does not name has no summary to show and is left off, and so are
 * the audit records this service also consumes (a read is not something that happened on the case:
 * the access report lists them).
 */
@Injectable()
export class TimelineProjection {
  @HandlesEveryEvent()
  async onEvent(event: Envelope, manager: EntityManager): Promise<void> {
    const name = eventName(event.type, event.version);
    if (!isEventName(name) || !eventsTopics.includes(eventCatalog[name].topic)) return;
    await manager.query(
      `INSERT INTO case_timeline_entry (event_id, case_id, occurred_at, event_name, information_class, actor, summary, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (event_id) DO NOTHING`,
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
