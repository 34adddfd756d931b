import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { notBlockedSql, profileListedSql } from '../../common/visibility/profile-visibility';
import { MessageEntity } from './entities/message.entity';

export interface ConversationRow {
  id: string;
  other_id: string;
  other_handle: string;
  other_name: string;
  other_avatar_key: string | null;
  last_message: string | null;
  last_activity_at: Date;
  unread_count: number;
  cursor_at: string;
}

export interface MessageRow {
  id: string;
  conversation_id: string;
  sender_id: string;
  body: string;
  created_at: Date;
}

/** A person a conversation may be started with, and whether it may. */
export interface ConversationTargetRow {
  user_id: string;
  /** They accepted a request from the other, either way, or share an organisation. */
  allowed: boolean;
}

/** Unread counts stop here: a badge shows "99+" long before. */
const UNREAD_CAP = 100;

/**
 * The viewer's conversations (`cp` is their participant row, `$1` the viewer), with the other
 * person; a pair in a block has none, and neither side ever sees the other's address.
 */
const conversationSelect = (where: string) => `
  SELECT cp.conversation_id AS id, cp.other_id, op.handle AS other_handle, ou.display_name AS other_name,
         op.avatar_key AS other_avatar_key, last.body AS last_message, cp.last_activity_at,
         (SELECT count(*)::int FROM (SELECT 1 FROM messages um
            WHERE um.conversation_id = cp.conversation_id AND um.id > cp.read_up_to AND um.sender_id <> $1
            LIMIT ${UNREAD_CAP}) unread) AS unread_count,
         cp.last_activity_at::text AS cursor_at
    FROM conversation_participants cp
    JOIN profiles op ON op.user_id = cp.other_id
    JOIN users ou ON ou.id = cp.other_id
    LEFT JOIN LATERAL (SELECT left(m.body, 140) AS body FROM messages m
                        WHERE m.conversation_id = cp.conversation_id ORDER BY m.id DESC LIMIT 1) last ON true
   WHERE cp.user_id = $1 AND ${notBlockedSql('cp.other_id', '$1')} AND ${where}`;

@Injectable()
export class ConversationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The conversation of a pair, made with both participant rows if they had none. */
  async ensure(tx: EntityManager, a: string, b: string): Promise<string> {
    const [low, high] = a < b ? [a, b] : [b, a];
    const [row] = await tx.query<{ id: string }[]>(
      `WITH made AS (
         INSERT INTO conversations (user_low, user_high) VALUES ($1, $2)
         ON CONFLICT (user_low, user_high) DO NOTHING RETURNING id
       )
       SELECT id FROM made UNION ALL SELECT id FROM conversations WHERE user_low = $1 AND user_high = $2`,
      [low, high],
    );
    if (!row) throw new Error('no conversation for the pair');
    await tx.query(
      `INSERT INTO conversation_participants (conversation_id, user_id, other_id)
       VALUES ($1, $2, $3), ($1, $3, $2) ON CONFLICT DO NOTHING`,
      [row.id, low, high],
    );
    return row.id;
  }

  /**
   * The person at this handle a conversation may be started with: not in a block with the
   * viewer, active, and either listed for them or already met through an accepted request.
   */
  async findTarget(viewerId: string, handle: string): Promise<ConversationTargetRow | null> {
    const rows = await this.dataSource.query<ConversationTargetRow[]>(
      `WITH met AS (
         SELECT 1 FROM contact_requests r JOIN profiles tp ON tp.handle = $2
          WHERE r.status = 'accepted'
            AND ((r.sender_id = $1 AND r.recipient_id = tp.user_id) OR (r.recipient_id = $1 AND r.sender_id = tp.user_id))
       )
       SELECT p.user_id,
              (EXISTS (SELECT 1 FROM met)
               OR EXISTS (SELECT 1 FROM memberships mine JOIN memberships theirs
                                 ON theirs.organisation_id = mine.organisation_id
                           WHERE mine.user_id = $1 AND theirs.user_id = p.user_id)) AS allowed
         FROM profiles p JOIN users u ON u.id = p.user_id
        WHERE p.handle = $2 AND p.user_id <> $1 AND u.suspended_at IS NULL
          AND ${notBlockedSql('p.user_id', '$1')}
          AND (${profileListedSql('p', '$1')} OR EXISTS (SELECT 1 FROM met))`,
      [viewerId, handle],
    );
    return rows[0] ?? null;
  }

  /** The viewer's conversation, or null when they are not in it or the pair is in a block. */
  async findForViewer(
    viewerId: string,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ConversationRow | null> {
    const rows = await manager.query<ConversationRow[]>(conversationSelect('cp.conversation_id = $2'), [
      viewerId,
      id,
    ]);
    return rows[0] ?? null;
  }

  /**
   * The other side of the viewer's conversation, locking the conversation so its messages
   * commit in id order (a client that has seen id N never later finds a new one below it).
   */
  async lockForWriting(tx: EntityManager, viewerId: string, id: string): Promise<string | null> {
    const rows = await tx.query<{ other_id: string }[]>(
      `SELECT cp.other_id FROM conversations c
         JOIN conversation_participants cp ON cp.conversation_id = c.id AND cp.user_id = $1
        WHERE c.id = $2 AND ${notBlockedSql('cp.other_id', '$1')}
        FOR UPDATE OF c`,
      [viewerId, id],
    );
    return rows[0]?.other_id ?? null;
  }

  /** A page of the viewer's conversations, latest activity first, after (activity at, id). */
  page(viewerId: string, after: { at: string; id: string } | undefined, take: number) {
    return this.dataSource.query<ConversationRow[]>(
      `${conversationSelect('($2::timestamptz IS NULL OR (cp.last_activity_at, cp.conversation_id) < ($2::timestamptz, $3::uuid))')}
       ORDER BY cp.last_activity_at DESC, cp.conversation_id DESC
       LIMIT $4`,
      [viewerId, after?.at ?? null, after?.id ?? null, take],
    );
  }

  /** Messages before `before`, newest first, or after `after`, oldest first. */
  messages(
    conversationId: string,
    position: { before?: string; after?: string },
    take: number,
  ): Promise<MessageRow[]> {
    const forward = position.after !== undefined;
    return this.dataSource.query<MessageRow[]>(
      `SELECT id::text AS id, conversation_id, sender_id, body, created_at FROM messages
        WHERE conversation_id = $1
          AND ($2::bigint IS NULL OR id < $2::bigint) AND ($3::bigint IS NULL OR id > $3::bigint)
        ORDER BY id ${forward ? 'ASC' : 'DESC'}
        LIMIT $4`,
      [conversationId, position.before ?? null, position.after ?? null, take],
    );
  }

  async findMessage(id: string): Promise<MessageRow | null> {
    const rows = await this.dataSource.query<MessageRow[]>(
      'SELECT id::text AS id, conversation_id, sender_id, body, created_at FROM messages WHERE id = $1',
      [id],
    );
    return rows[0] ?? null;
  }

  /** Writes a message; the conversation moves to the top of both lists, read by its sender. */
  async insertMessage(tx: EntityManager, conversationId: string, senderId: string, body: string) {
    const result = await tx.getRepository(MessageEntity).insert({ conversationId, senderId, body });
    const id = String((result.identifiers[0] as { id: string | number }).id);
    await tx.query(
      `UPDATE conversation_participants
          SET last_activity_at = now(),
              read_up_to = CASE WHEN user_id = $2 THEN $3::bigint ELSE read_up_to END
        WHERE conversation_id = $1`,
      [conversationId, senderId, id],
    );
    return id;
  }

  /** Moves the viewer's read marker forward to `upTo`, or to the newest message. */
  async markRead(viewerId: string, conversationId: string, upTo: string | undefined): Promise<void> {
    await this.dataSource.query(
      `UPDATE conversation_participants cp
          SET read_up_to = greatest(cp.read_up_to, coalesce(newest.id, 0))
         FROM (SELECT least($3::bigint, max(id)) AS id FROM messages WHERE conversation_id = $2) newest
        WHERE cp.conversation_id = $2 AND cp.user_id = $1`,
      [viewerId, conversationId, upTo ?? null],
    );
  }
}
