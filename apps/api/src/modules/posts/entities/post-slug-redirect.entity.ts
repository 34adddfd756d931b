import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A slug a post had before; links to it still find the post. */
@Entity({ name: 'post_slug_redirects' })
export class PostSlugRedirectEntity {
  @PrimaryColumn({ name: 'old_slug', type: 'text' })
  oldSlug: string;

  @Column({ name: 'post_id', type: 'uuid' })
  postId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
