import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'meeting_agenda_item' })
export class AgendaItemEntity {
  @PrimaryColumn('uuid', { name: 'meeting_id' })
  meetingId!: string;

  @PrimaryColumn('uuid', { name: 'case_id' })
  caseId!: string;

  /** 1-based place on the agenda. */
  @Column('int')
  position!: number;
}
