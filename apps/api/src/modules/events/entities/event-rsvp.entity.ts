import type { RsvpState } from '@open-spaces/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One person's answer to an event; the waitlist is the waitlisted rows by `stateAt`. */
@Entity({ name: 'event_rsvps' })
export class EventRsvp {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  state: RsvpState;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** When the person entered their current state. */
  @Column({ name: 'state_at', type: 'timestamptz' })
  stateAt: Date;
}
