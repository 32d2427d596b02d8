import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The one plan of a case (LSL 30 §); its content lives in its versions. */
@Entity({ name: 'plan' })
export class PlanEntity {
  @PrimaryColumn('uuid', { name: 'plan_id' })
  planId!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  /** The child's date of birth (ISO date), which decides whether they sign (15+) or are asked to comment (12+); null if not known. */
  @Column('date', { name: 'child_date_of_birth', nullable: true })
  childDateOfBirth!: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('text', { name: 'created_by' })
  createdBy!: string;
}
