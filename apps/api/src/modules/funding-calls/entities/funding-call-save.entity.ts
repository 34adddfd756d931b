import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A call saved by a person for themself, or by an editor for their organisation. */
@Entity({ name: 'funding_call_saves' })
export class FundingCallSave {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'call_id', type: 'uuid' })
  callId: string;

  /** Who saved it; for an organisation's save, the editor who did. */
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
