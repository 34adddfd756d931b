import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TimeIdPosition } from '../../common/pagination/cursor';

export interface BlockRow {
  handle: string;
  display_name: string;
  blocked_at: Date;
  cursor_at: string;
  cursor_id: string;
}

@Injectable()
export class BlocksRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The account behind a handle that may be blocked: any profile that is not hidden,
   * whatever its blocks (someone who blocked you can still be blocked back), or one
   * the blocker already blocks. A hidden profile answers as if it did not exist.
   */
  async findBlockable(blockerId: string, handle: string): Promise<string | null> {
    const rows: { user_id: string }[] = await this.dataSource.query(
      `SELECT p.user_id FROM profiles p
        WHERE p.handle = $1
          AND (p.visibility <> 'hidden'
               OR p.user_id = $2::uuid
               OR EXISTS (SELECT 1 FROM blocks b WHERE b.blocker_id = $2::uuid AND b.blocked_id = p.user_id))`,
      [handle, blockerId],
    );
    return rows[0]?.user_id ?? null;
  }

  /** Blocks, and removes any follow between the two in either direction, in one transaction. */
  async block(blockerId: string, blockedId: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query('INSERT INTO blocks (blocker_id, blocked_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
        blockerId,
        blockedId,
      ]);
      await tx.query(
        `DELETE FROM follows
          WHERE target_type = 'profile'
            AND ((follower_id = $1::uuid AND target_id = $2::uuid::text)
                 OR (follower_id = $2::uuid AND target_id = $1::uuid::text))`,
        [blockerId, blockedId],
      );
    });
  }

  async unblock(blockerId: string, blockedId: string): Promise<void> {
    await this.dataSource.query('DELETE FROM blocks WHERE blocker_id = $1 AND blocked_id = $2', [
      blockerId,
      blockedId,
    ]);
  }

  /**
   * One page of the people someone blocked, newest first, after (blocked at, blocked id).
   * Served by blocks_blocker_idx. Everyone blocked is listed, hidden profiles too, so each
   * block can be seen and undone.
   */
  pageOf(blockerId: string, after: TimeIdPosition | undefined, limit: number): Promise<BlockRow[]> {
    return this.dataSource.query(
      `SELECT p.handle, u.display_name, b.created_at AS blocked_at,
              b.created_at::text AS cursor_at, b.blocked_id::text AS cursor_id
         FROM blocks b JOIN profiles p ON p.user_id = b.blocked_id JOIN users u ON u.id = b.blocked_id
        WHERE b.blocker_id = $1
          AND ($2::timestamptz IS NULL OR (b.created_at, b.blocked_id) < ($2::timestamptz, $3::uuid))
        ORDER BY b.created_at DESC, b.blocked_id DESC
        LIMIT $4`,
      [blockerId, after?.at ?? null, after?.id ?? null, limit],
    );
  }
}
