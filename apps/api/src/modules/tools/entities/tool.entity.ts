import type { ToolCategory, ToolPriceModel, ToolStatus } from '@open-spaces/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A digital cooperation tool in the directory; listed once a moderator approves it. */
@Entity({ name: 'tools' })
export class Tool {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  website: string;

  @Column({ type: 'text' })
  category: ToolCategory;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'description_html', type: 'text', default: '' })
  descriptionHtml: string;

  @Column({ name: 'open_source', type: 'boolean', default: false })
  openSource: boolean;

  @Column({ name: 'self_hostable', type: 'boolean', default: false })
  selfHostable: boolean;

  @Column({ name: 'hosted_in_eu', type: 'boolean', default: false })
  hostedInEu: boolean;

  @Column({ name: 'gdpr_notes', type: 'text', default: '' })
  gdprNotes: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ name: 'price_model', type: 'text' })
  priceModel: ToolPriceModel;

  @Column({ type: 'text', default: 'pending' })
  status: ToolStatus;

  @Column({ name: 'proposed_by', type: 'uuid', nullable: true })
  proposedBy: string | null;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
