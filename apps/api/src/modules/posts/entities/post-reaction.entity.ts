import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One person finding one post useful. */
@Entity({ name: 'post_reactions' })
export class PostReactionEntity {
  @PrimaryColumn({ name: 'post_id', type: 'uuid' })
  postId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
