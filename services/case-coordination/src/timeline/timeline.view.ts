import type { InformationClass } from '@yhdessa/contracts';
import type { TimelineDetails } from './timeline-details.js';

/** One thing that happened on a case, from any service's event: its kind (`event`), details as data, and a worker's words in English. */
export interface TimelineEntry {
  eventId: string;
  occurredAt: string;
  event: string;
  informationClass: InformationClass;
  actor: { userId: string; agency: string; role: string };
  /** One line in English, as before the details: for readers that do not word the details themselves. */
  summary: string;
  /** What the entry says beyond its kind, as codes, dates, counts and professionals' names; null on entries from before them. */
  details: TimelineDetails | null;
}
