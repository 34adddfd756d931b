import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One signature: a member's (`userId`) is confirmed at once, a visitor's waits for the
 * mailed link (`tokenHash`, a SHA-256 of the token, until `tokenExpiresAt`).
 */
@Entity({ name: 'petition_signatures' })
export class PetitionSignatureEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'petition_id', type: 'uuid' })
  petitionId: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  /** Lower-cased and trimmed: one signature per address. */
  @Column({ name: 'email_norm', type: 'text' })
  emailNorm: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  country: string | null;

  @Column({ name: 'show_name', type: 'boolean', default: false })
  showName: boolean;

  @Column({ name: 'share_contact', type: 'boolean', default: false })
  shareContact: boolean;

  @Column({ type: 'text' })
  status: 'pending' | 'confirmed';

  @Column({ name: 'token_hash', type: 'text', nullable: true })
  tokenHash: string | null;

  @Column({ name: 'token_expires_at', type: 'timestamptz', nullable: true })
  tokenExpiresAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;
}
