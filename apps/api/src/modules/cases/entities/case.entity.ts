import type {
  CaseFormat,
  CaseMethod,
  CaseScope,
  CaseSourceType,
  CaseStatus,
  Iap2Level,
} from '@open-spaces/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A link as stored: its address and an optional label. */
export interface StoredCaseLink {
  url: string;
  label: string;
}

/**
 * A participation case in the repository. Public once a moderator published it and while
 * no moderator hid it; until then only its submitter and moderators see it.
 */
@Entity({ name: 'cases' })
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'description_html', type: 'text', default: '' })
  descriptionHtml: string;

  @Column({ type: 'text' })
  country: string;

  @Column({ type: 'text', default: '' })
  place: string;

  @Column({ type: 'text' })
  scope: CaseScope;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Column({ type: 'boolean', default: false })
  ongoing: boolean;

  @Column({ type: 'text', default: '' })
  purpose: string;

  @Column({ name: 'iap2_level', type: 'text' })
  iap2Level: Iap2Level;

  @Column({ type: 'text', array: true })
  methods: CaseMethod[];

  @Column({ name: 'participant_count', type: 'integer', nullable: true })
  participantCount: number | null;

  @Column({ type: 'text', default: '' })
  recruitment: string;

  @Column({ type: 'text' })
  format: CaseFormat;

  @Column({ type: 'text', default: '' })
  outcomes: string;

  @Column({ type: 'text', default: '' })
  impact: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  links: StoredCaseLink[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics: string[];

  @Column({ type: 'text' })
  language: string;

  @Column({ type: 'text', default: 'submitted' })
  status: CaseStatus;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy: string | null;

  /** When it last went to the moderators: on submission, and again after each edit. */
  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @Column({ name: 'review_note', type: 'text', nullable: true })
  reviewNote: string | null;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason: string | null;

  @Column({ name: 'source_type', type: 'text', nullable: true })
  sourceType: CaseSourceType | null;

  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
