import type { DeadlineModel, OrganisationKind } from '@open-spaces/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A deadline as the funder entered it, with the instant it means (ISO 8601, UTC). */
export interface StoredDeadline {
  label: string;
  local: string;
  timeZone: string;
  at: string;
}

/** A funding call posted by an organisation; its status is derived from the dates when read. */
@Entity({ name: 'funding_calls' })
export class FundingCallEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'description_html', type: 'text' })
  descriptionHtml: string;

  @Column({ type: 'text', nullable: true })
  programme: string | null;

  @Column({ name: 'apply_url', type: 'text' })
  applyUrl: string;

  @Column({ type: 'text' })
  currency: string;

  /** Whole units of the currency; bigint, so read as a string. */
  @Column({ name: 'total_budget', type: 'bigint', nullable: true })
  totalBudget: string | number | null;

  @Column({ name: 'min_grant', type: 'bigint', nullable: true })
  minGrant: string | number | null;

  @Column({ name: 'max_grant', type: 'bigint', nullable: true })
  maxGrant: string | number | null;

  @Column({ name: 'expected_grants', type: 'integer', nullable: true })
  expectedGrants: number | null;

  @Column({ name: 'co_funding_rate', type: 'numeric', precision: 5, scale: 2, nullable: true })
  coFundingRate: string | number | null;

  @Column({ name: 'opens_local', type: 'text', nullable: true })
  opensLocal: string | null;

  @Column({ name: 'opens_time_zone', type: 'text', nullable: true })
  opensTimeZone: string | null;

  @Column({ name: 'opens_at', type: 'timestamptz', nullable: true })
  opensAt: Date | null;

  @Column({ name: 'deadline_model', type: 'text' })
  deadlineModel: DeadlineModel;

  @Column({ type: 'jsonb' })
  deadlines: StoredDeadline[];

  @Column({ name: 'deadlines_at', type: 'timestamptz', array: true })
  deadlinesAt: Date[];

  /** The last deadline; null for a rolling call. */
  @Column({ name: 'closes_at', type: 'timestamptz', nullable: true })
  closesAt: Date | null;

  @Column({ name: 'eligible_countries', type: 'text', array: true })
  eligibleCountries: string[];

  @Column({ name: 'eligible_kinds', type: 'text', array: true })
  eligibleKinds: OrganisationKind[];

  @Column({ type: 'text', array: true })
  topics: string[];

  @Column({ type: 'text', array: true })
  languages: string[];

  @Column({ name: 'min_partners', type: 'integer', nullable: true })
  minPartners: number | null;

  @Column({ name: 'min_countries', type: 'integer', nullable: true })
  minCountries: number | null;

  @Column({ type: 'text', nullable: true })
  contact: string | null;

  /** Grows with every change, so calendars replace their copy of the deadlines. */
  @Column({ type: 'integer', default: 0 })
  sequence: number;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
