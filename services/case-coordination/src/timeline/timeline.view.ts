import type { InformationClass } from '@yhdessa/contracts';

/** One thing that happened on a case, from any service's event, in a worker's words. */
export interface TimelineEntry {
  eventId: string;
  occurredAt: string;
  event: string;
  informationClass: InformationClass;
  actor: { userId: string; agency: string; role: string };
  summary: string;
}
