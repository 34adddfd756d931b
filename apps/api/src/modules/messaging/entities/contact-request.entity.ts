import type { ContactRequestStatus } from '@open-spaces/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A request for contact from one person to another, pending until the recipient answers. */
@Entity({ name: 'contact_requests' })
export class ContactRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'sender_id', type: 'uuid' })
  senderId: string;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  outlet: string;

  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  @Column({ type: 'text' })
  message: string;

  @Column({ type: 'text', default: 'pending' })
  status: ContactRequestStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ name: 'conversation_id', type: 'uuid', nullable: true })
  conversationId: string | null;
}
