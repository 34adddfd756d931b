import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A person or organisation an organisation's editors marked "not relevant" for it. */
@Entity({ name: 'organisation_suggestion_dismissals' })
export class OrganisationSuggestionDismissal {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'dismissed_user_id', type: 'uuid', nullable: true })
  dismissedUserId: string | null;

  @Column({ name: 'dismissed_organisation_id', type: 'uuid', nullable: true })
  dismissedOrganisationId: string | null;

  @Column({ name: 'dismissed_by', type: 'uuid', nullable: true })
  dismissedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
