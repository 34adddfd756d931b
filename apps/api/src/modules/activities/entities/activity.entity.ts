import type { ActivityAudience, ActivityObjectType, ActivityVerb } from '@open-spaces/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One line of the append-only activity log; its id is the feeds' catch-up cursor. */
@Entity({ name: 'activities' })
export class Activity {
  /** bigint, read as a string so no id loses precision. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  /** Set when the actor acted on behalf of an organisation. */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ type: 'text' })
  verb: ActivityVerb;

  @Column({ name: 'object_type', type: 'text' })
  objectType: ActivityObjectType;

  @Column({ name: 'object_id', type: 'uuid' })
  objectId: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  countries: string[];

  @Column({ type: 'text' })
  audience: ActivityAudience;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
