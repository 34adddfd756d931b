import { Injectable } from '@nestjs/common';
import type { BlockPage } from '@open-spaces/contracts';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { decodeTimeIdCursor, type PageRequest, toPage } from '../../common/pagination/cursor';
import { BlocksRepository } from './blocks.repository';
import { socialErrors } from './social.errors';

/**
 * Owns blocks between people. A block hides each side from the other everywhere (the
 * shared visibility SQL reads the blocks table) and ends follows between them. Blocks
 * are private: only the blocker ever sees one.
 */
@Injectable()
export class BlocksService {
  constructor(private readonly blocks: BlocksRepository) {}

  async block(user: AuthUser, handle: string): Promise<void> {
    const blockedId = await this.blocks.findBlockable(user.id, handle);
    if (!blockedId) throw socialErrors.profileNotFound();
    if (blockedId === user.id) throw socialErrors.cannotBlockSelf();
    await this.blocks.block(user.id, blockedId);
  }

  async unblock(user: AuthUser, handle: string): Promise<void> {
    const blockedId = await this.blocks.findBlockable(user.id, handle);
    if (!blockedId) throw socialErrors.profileNotFound();
    await this.blocks.unblock(user.id, blockedId);
  }

  /** A page of the people the user blocked; it continues after (blocked at, blocked id). */
  async pageOf(user: AuthUser, page: PageRequest): Promise<BlockPage> {
    const rows = await this.blocks.pageOf(user.id, decodeTimeIdCursor(page.after), page.limit + 1);
    return toPage(
      rows,
      page.limit,
      (row) => ({
        handle: row.handle,
        displayName: row.display_name,
        blockedAt: row.blocked_at.toISOString(),
      }),
      (row) => [row.cursor_at, row.cursor_id],
    );
  }
}
