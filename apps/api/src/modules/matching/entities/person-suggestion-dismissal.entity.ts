import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A person someone marked "not relevant" among their suggestions. */
@Entity({ name: 'person_suggestion_dismissals' })
export class PersonSuggestionDismissal {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ name: 'dismissed_user_id', type: 'uuid' })
  dismissedUserId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
