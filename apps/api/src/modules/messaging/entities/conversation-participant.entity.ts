import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One side of a conversation: what it has read, and when the conversation last moved. */
@Entity({ name: 'conversation_participants' })
export class ConversationParticipantEntity {
  @PrimaryColumn({ name: 'conversation_id', type: 'uuid' })
  conversationId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'other_id', type: 'uuid' })
  otherId: string;

  /** The id of the newest message this side has read. */
  @Column({ name: 'read_up_to', type: 'bigint', default: 0 })
  readUpTo: string;

  @Column({ name: 'last_activity_at', type: 'timestamptz' })
  lastActivityAt: Date;
}
