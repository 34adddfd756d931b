import type { PetitionState } from '@open-spaces/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A petition as stored; `signatureCount` is its confirmed signatures. */
@Entity({ name: 'petitions' })
export class PetitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  /** Set when started as an organisation. */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'text_html', type: 'text' })
  textHtml: string;

  @Column({ type: 'text' })
  addressee: string;

  @Column({ type: 'integer' })
  goal: number;

  @Column({ type: 'timestamptz' })
  deadline: Date;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  countries: string[];

  @Column({ type: 'text' })
  language: string;

  @Column({ type: 'text', default: 'draft' })
  state: PetitionState;

  @Column({ name: 'signature_count', type: 'integer', default: 0 })
  signatureCount: number;

  /** The count when it closed, which decides whether it succeeded. */
  @Column({ name: 'closed_count', type: 'integer', nullable: true })
  closedCount: number | null;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  response: string | null;

  @Column({ name: 'response_html', type: 'text', nullable: true })
  responseHtml: string | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
