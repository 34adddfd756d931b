import type { ModerationActionKind } from '@open-spaces/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One line of the moderators' audit log: who did what to which object, when and why. */
@Entity({ name: 'moderation_actions' })
export class ModerationAction {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'moderator_id', type: 'uuid', nullable: true })
  moderatorId: string | null;

  @Column({ type: 'text' })
  action: ModerationActionKind;

  /** A reportable type, or `account` for suspensions. */
  @Column({ name: 'object_type', type: 'text' })
  objectType: string;

  @Column({ name: 'object_id', type: 'text' })
  objectId: string;

  @Column({ type: 'text', default: '' })
  reason: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
