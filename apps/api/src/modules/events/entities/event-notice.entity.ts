import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type EventNoticeKind = 'promoted' | 'updated' | 'postponed' | 'cancelled';

/**
 * Something a participant must be told about an event (a place from the waitlist, a move,
 * a cancellation); the notifications module delivers and marks it.
 */
@Entity({ name: 'event_notices' })
export class EventNotice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  kind: EventNoticeKind;

  /** The event's sequence when the notice was written. */
  @Column({ type: 'integer' })
  sequence: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;
}
