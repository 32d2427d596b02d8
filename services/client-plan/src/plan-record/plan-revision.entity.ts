import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PlanContent } from './plan-content.schema.js';

/** A saved change to a version: the whole content as it then stood, who saved it and when. */
@Entity({ name: 'plan_revision' })
export class PlanRevisionEntity {
  @PrimaryColumn('uuid', { name: 'plan_id' })
  planId!: string;

  @PrimaryColumn('int')
  version!: number;

  @PrimaryColumn('int')
  revision!: number;

  @Column('jsonb')
  content!: PlanContent;

  @Column('text', { name: 'content_hash' })
  contentHash!: string;

  @Column('boolean')
  substantive!: boolean;

  @Column('text', { name: 'author_user_id' })
  authorUserId!: string;

  @Column('text', { name: 'author_name' })
  authorName!: string;

  @Column('timestamptz', { name: 'saved_at' })
  savedAt!: Date;
}
