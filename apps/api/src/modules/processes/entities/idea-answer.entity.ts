import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The organiser's answer to an idea: the draft being written and, once published, what
 * everyone sees. Saving a draft never changes the published answer.
 */
@Entity({ name: 'idea_answers' })
export class IdeaAnswerEntity {
  @PrimaryColumn({ name: 'idea_id', type: 'uuid' })
  ideaId: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Column({ name: 'draft_state', type: 'text' })
  draftState: string;

  @Column({ name: 'draft_text', type: 'text', default: '' })
  draftText: string;

  @Column({ name: 'published_state', type: 'text', nullable: true })
  publishedState: string | null;

  @Column({ name: 'published_text', type: 'text', nullable: true })
  publishedText: string | null;

  @Column({ name: 'published_text_html', type: 'text', nullable: true })
  publishedTextHtml: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
