import type { EventAudience, EventFormat, EventStatus } from '@open-spaces/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** An event as stored: local times with their zone, and the UTC instants they mean. */
@Entity({ name: 'events' })
export class EventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  /** Set when published as an organisation. */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'description_html', type: 'text', default: '' })
  descriptionHtml: string;

  @Column({ name: 'time_zone', type: 'text' })
  timeZone: string;

  @Column({ name: 'starts_local', type: 'text' })
  startsLocal: string;

  @Column({ name: 'ends_local', type: 'text' })
  endsLocal: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'text' })
  format: EventFormat;

  @Column({ name: 'venue_name', type: 'text', nullable: true })
  venueName: string | null;

  @Column({ name: 'venue_address', type: 'text', nullable: true })
  venueAddress: string | null;

  @Column({ name: 'venue_city', type: 'text', nullable: true })
  venueCity: string | null;

  @Column({ name: 'venue_country', type: 'text', nullable: true })
  venueCountry: string | null;

  @Column({ name: 'online_url', type: 'text', nullable: true })
  onlineUrl: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics: string[];

  @Column({ type: 'text' })
  language: string;

  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  @Column({ name: 'registration_deadline_local', type: 'text', nullable: true })
  registrationDeadlineLocal: string | null;

  @Column({ name: 'registration_deadline_at', type: 'timestamptz', nullable: true })
  registrationDeadlineAt: Date | null;

  @Column({ type: 'text', default: 'scheduled' })
  status: EventStatus;

  @Column({ type: 'text', default: 'public' })
  audience: EventAudience;

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
