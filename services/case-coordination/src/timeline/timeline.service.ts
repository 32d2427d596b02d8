import { Injectable } from '@nestjs/common';
import { caseSight, type CaseReader } from '@yhdessa/access';
import type { InformationClass } from '@yhdessa/contracts';
import { DataSource } from 'typeorm';
import type { TimelineDetails } from './timeline-details.js';
import type { TimelineEntry } from './timeline.view.js';

@Injectable()
export class TimelineService {
  constructor(private readonly dataSource: DataSource) {}

  /** The case's timeline, oldest first, with only the entries of the classes the reader sees (each entry carries its event's class). */
  async forReader(caseId: string, reader: CaseReader): Promise<TimelineEntry[]> {
    const classes = caseSight(reader).classes;
    const rows: Array<{
      event_id: string;
      occurred_at: Date;
      event_name: string;
      information_class: InformationClass;
      actor: TimelineEntry['actor'];
      summary: string;
      details: TimelineDetails | null;
    }> = await this.dataSource.query(
      `SELECT event_id, occurred_at, event_name, information_class, actor, summary, details FROM case_timeline_entry
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
      details: row.details,
    }));
  }
}
