import type { PartnerRole, PartnerSearchStatus } from '@open-spaces/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A role the lead needs and the competences it asks for, as stored. */
export interface StoredRoleNeed {
  role: PartnerRole;
  competences: string[];
}

/**
 * A search for partners on a funding call, started by an editor of the lead organisation.
 * `role_names` and `competences` repeat what `roles` holds, as arrays the directory
 * filters on with GIN indexes.
 */
@Entity({ name: 'partner_searches' })
export class PartnerSearchEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'call_id', type: 'uuid' })
  callId: string;

  /** The lead organisation. */
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Column({ type: 'jsonb' })
  roles: StoredRoleNeed[];

  @Column({ name: 'role_names', type: 'text', array: true })
  roleNames: PartnerRole[];

  @Column({ type: 'text', array: true })
  competences: string[];

  @Column({ name: 'countries_wanted', type: 'text', array: true })
  countriesWanted: string[];

  @Column({ type: 'text' })
  note: string;

  @Column({ type: 'text', default: 'open' })
  status: PartnerSearchStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
