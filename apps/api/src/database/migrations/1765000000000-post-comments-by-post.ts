import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every comment of a post, replies included, by the post: a page of posts counts the
 * comments each viewer may read in one query over its posts' ids, and the thread index
 * holds only top-level comments.
 */
export class PostCommentsByPost1765000000000 implements MigrationInterface {
  name = 'PostCommentsByPost1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE INDEX post_comments_post_idx ON post_comments (post_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX post_comments_post_idx');
  }
}
