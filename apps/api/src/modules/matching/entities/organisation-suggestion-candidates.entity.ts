import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The partners and people last chosen as an organisation's suggestions, best first. */
@Entity({ name: 'organisation_suggestion_candidates' })
export class OrganisationSuggestionCandidates {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'traits_key', type: 'text' })
  traitsKey: string;

  @Column({ type: 'uuid', array: true })
  organisations: string[];

  @Column({ type: 'uuid', array: true })
  people: string[];

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt: Date;
}
