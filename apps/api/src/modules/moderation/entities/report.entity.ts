import type { ReportObjectType, ReportReason } from '@open-spaces/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ReportStatus = 'open' | 'dismissed' | 'actioned';

/**
 * A person's report of an object. What the object was when reported (title, path, the
 * responsible account) is kept with it, so the queue reads every kind in one query.
 */
@Entity({ name: 'reports' })
export class Report {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'reporter_id', type: 'uuid' })
  reporterId: string;

  @Column({ name: 'object_type', type: 'text' })
  objectType: ReportObjectType;

  @Column({ name: 'object_id', type: 'text' })
  objectId: string;

  @Column({ type: 'text' })
  reason: ReportReason;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  path: string;

  @Column({ name: 'responsible_id', type: 'uuid', nullable: true })
  responsibleId: string | null;

  @Column({ type: 'text', default: 'open' })
  status: ReportStatus;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
