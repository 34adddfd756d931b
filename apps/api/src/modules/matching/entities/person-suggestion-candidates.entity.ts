import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The people last chosen as someone's suggestions, best first (see `candidate-sets.ts`). */
@Entity({ name: 'person_suggestion_candidates' })
export class PersonSuggestionCandidates {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'traits_key', type: 'text' })
  traitsKey: string;

  @Column({ type: 'uuid', array: true })
  people: string[];

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt: Date;
}
