import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { consentGiverRoles, consentGivenV1, consentMethods } from '@yhdessa/contracts';
import type { z } from 'zod';

export type ConsentInformationClass = z.infer<typeof consentGivenV1.shape.informationClass>;
export type ConsentRecipient = z.infer<typeof consentGivenV1.shape.toAgency>;
export type ConsentGiverRole = (typeof consentGiverRoles)[number];
export type ConsentMethod = (typeof consentMethods)[number];

/** A consent as case-coordination, its authority, holds it; other services keep projections from events. */
@Entity({ name: 'case_consent' })
export class ConsentEntity {
  @PrimaryColumn('uuid', { name: 'consent_id' })
  consentId!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('text', { name: 'information_class' })
  informationClass!: ConsentInformationClass;

  @Column('text', { name: 'to_agency' })
  toAgency!: ConsentRecipient;

  /** ISO date, inclusive. */
  @Column('date', { name: 'valid_from' })
  validFrom!: string;

  /** ISO date, inclusive. */
  @Column('date', { name: 'valid_until' })
  validUntil!: string;

  @Column('text', { name: 'given_by_name' })
  givenByName!: string;

  @Column('text', { name: 'given_by_role' })
  givenByRole!: ConsentGiverRole;

  @Column('text', { name: 'given_by_user_id', nullable: true })
  givenByUserId!: string | null;

  @Column('text')
  method!: ConsentMethod;

  @Column('timestamptz', { name: 'given_at' })
  givenAt!: Date;

  @Column('text', { name: 'recorded_by_user_id' })
  recordedByUserId!: string;

  @Column('text', { name: 'recorded_by_name' })
  recordedByName!: string;

  @Column('timestamptz', { name: 'withdrawn_at', nullable: true })
  withdrawnAt!: Date | null;

  @Column('text', { name: 'withdrawn_by_name', nullable: true })
  withdrawnByName!: string | null;

  @Column('text', { name: 'withdrawn_by_role', nullable: true })
  withdrawnByRole!: ConsentGiverRole | null;

  @Column('text', { name: 'withdrawal_recorded_by_user_id', nullable: true })
  withdrawalRecordedByUserId!: string | null;
}
