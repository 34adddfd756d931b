import type { ProcessScope } from '@open-spaces/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A participatory process run by an organisation. Its status (upcoming, active, past) is
 * derived from `startsAt` and `endsAt`, never stored; who sees it follows the organisation.
 */
@Entity({ name: 'processes' })
export class ProcessEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'description_html', type: 'text', default: '' })
  descriptionHtml: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics: string[];

  @Column({ type: 'text' })
  scope: ProcessScope;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  /** The first phase's start, kept with the phases. */
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  /** The last phase's end, kept with the phases. */
  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ name: 'idea_limit', type: 'integer', nullable: true })
  ideaLimit: number | null;

  @Column({ name: 'support_limit', type: 'integer', nullable: true })
  supportLimit: number | null;

  @Column({ name: 'support_threshold', type: 'integer', nullable: true })
  supportThreshold: number | null;

  /** The organiser's own answer states, beside the built-in ones. */
  @Column({ name: 'answer_states', type: 'text', array: true, default: () => "'{}'" })
  answerStates: string[];

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
