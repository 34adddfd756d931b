import type { VotingRule } from '@open-spaces/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { minorUnits } from './money';

/** An amount a process puts to the vote, with the rule ballots must keep and the voting dates. */
@Entity({ name: 'budgets' })
export class BudgetEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'process_id', type: 'uuid' })
  processId: string;

  /** The organiser who created it. */
  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  /** In minor units of `currency`. */
  @Column({ type: 'bigint', transformer: minorUnits })
  amount: number;

  @Column({ type: 'text' })
  currency: string;

  @Column({ type: 'jsonb' })
  rule: VotingRule;

  @Column({ name: 'voting_opens_at', type: 'timestamptz' })
  votingOpensAt: Date;

  @Column({ name: 'voting_closes_at', type: 'timestamptz' })
  votingClosesAt: Date;

  @Column({ name: 'opening_announced_at', type: 'timestamptz', nullable: true })
  openingAnnouncedAt: Date | null;

  @Column({ name: 'results_published_at', type: 'timestamptz', nullable: true })
  resultsPublishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
