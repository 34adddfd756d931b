import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a person follows (people, organisations, topics) and whom an account blocked are
 * keyset-paginated lists, newest first with the other side's id as tie-breaker. Each
 * index holds that order after the owner's id, so a page is a short range scan however
 * many follows or blocks someone has. The primary keys stay for uniqueness and lookups.
 */
export class FollowAndBlockListIndexes1764100000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(
      'CREATE INDEX follows_follower_idx ON follows (follower_id, target_type, created_at DESC, target_id DESC)',
    );
    await db.query(
      'CREATE INDEX blocks_blocker_idx ON blocks (blocker_id, created_at DESC, blocked_id DESC)',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX blocks_blocker_idx');
    await db.query('DROP INDEX follows_follower_idx');
  }
}
