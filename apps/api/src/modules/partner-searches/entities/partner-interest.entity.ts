import type { InterestStatus, PartnerRole } from '@open-spaces/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An organisation's interest in joining a consortium, in a role, until the lead answers. */
@Entity({ name: 'partner_interests' })
export class PartnerInterestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'search_id', type: 'uuid' })
  searchId: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  /** The editor who expressed it. */
  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Column({ type: 'text' })
  role: PartnerRole;

  @Column({ type: 'text' })
  note: string;

  @Column({ type: 'text', default: 'pending' })
  status: InterestStatus;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
