import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@yhdessa/auth';
import type { InformationClass } from '@yhdessa/contracts';
import { Clock, finnishDate } from '@yhdessa/platform';
import { DataSource } from 'typeorm';
import { visibleClasses } from './timeline-visibility.domain.js';

export interface TimelineEntry {
  eventId: string;
  occurredAt: string;
  event: string;
  informationClass: InformationClass;
  actor: { userId: string; agency: string; role: string };
  summary: string;
}

@Injectable()
export class TimelineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The case's timeline, oldest first, with only the entries the reader may see. */
  async forReader(caseId: string, reader: AuthenticatedUser): Promise<TimelineEntry[]> {
    const classes = visibleClasses(reader.agency, await this.consentedClasses(caseId, reader));
    const rows: Array<{ event_id: string; occurred_at: Date; event_name: string; information_class: InformationClass; actor: TimelineEntry['actor']; summary: string }> =
      await this.dataSource.query(
        `SELECT event_id, occurred_at, event_name, information_class, actor, summary FROM case_timeline_entry
         WHERE case_id = $1 AND information_class = ANY($2) ORDER BY occurred_at, event_id`,
        [caseId, [...classes]],
      );
    return rows.map((row) => ({
      eventId: row.event_id,
      occurredAt: row.occurred_at.toISOString(),
      event: row.event_name,
      informationClass: row.information_class,
      actor: row.actor,
      summary: row.summary,
    }));
  }

  /** Classes the family has consented, valid today, to share with the reader's agency on this case. */
  private async consentedClasses(caseId: string, reader: AuthenticatedUser): Promise<InformationClass[]> {
    const rows: Array<{ information_class: InformationClass }> = await this.dataSource.query(
      `SELECT DISTINCT information_class FROM case_consent
       WHERE case_id = $1 AND to_agency = $2 AND withdrawn_at IS NULL AND valid_from <= $3 AND valid_until >= $3`,
      [caseId, reader.agency, finnishDate(this.clock.now())],
    );
    return rows.map((row) => row.information_class);
  }
}
