import { Inject, Injectable } from '@nestjs/common';
import type {
  Conversation,
  ConversationPage,
  Message,
  MessagePage,
  MessageQuery,
  PageQuery,
} from '@open-spaces/contracts';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { DomainEvents } from '../../common/events/domain-events';
import { decodeTimeIdCursor, toPage } from '../../common/pagination/cursor';
import { imageUrls } from '../../common/storage/images';
import { FILE_STORAGE, type FileStorage } from '../../common/storage/storage';
import { isUuid } from '../../common/validation/uuid';
import { Notifier } from '../notifications/notifier';
import { normaliseHandle } from '../profiles/handles';
import { type ConversationRow, ConversationsRepository, type MessageRow } from './conversations.repository';
import { messagingErrors } from './messaging.errors';

type PageInput = z.output<typeof PageQuery>;
type MessagesInput = z.output<typeof MessageQuery>;

/** A message's notification quotes this much of it. */
const EXCERPT_LENGTH = 140;

/**
 * Owns conversations, the direct messages of Open Spaces: 1:1, between people who met
 * through an accepted contact request or who share an organisation. Only the two people
 * in a conversation may read or write it, and a block between them ends it: it leaves both
 * lists and neither can read or write it any more. A message is told live to both people's
 * open pages and notified to the other, whose mail waits while they are online.
 */
@Injectable()
export class ConversationsService {
  constructor(
    private readonly conversations: ConversationsRepository,
    private readonly notifier: Notifier,
    private readonly events: DomainEvents,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async page(user: AuthUser, query: PageInput): Promise<ConversationPage> {
    const after = decodeTimeIdCursor(query.after);
    const rows = await this.conversations.page(user.id, after, query.limit + 1);
    return toPage(
      rows,
      query.limit,
      (row) => this.toConversation(row),
      (row) => [row.cursor_at, row.id],
    );
  }

  /** Opens (or finds) the conversation with someone the person met through a request or shares an organisation with. */
  async start(user: AuthUser, rawHandle: string): Promise<Conversation> {
    const handle = normaliseHandle(rawHandle);
    const target = handle ? await this.conversations.findTarget(user.id, handle) : null;
    if (!target) throw messagingErrors.personNotFound();
    if (!target.allowed) throw messagingErrors.conversationNotAllowed();
    const id = await this.conversations.transaction((tx) =>
      this.conversations.ensure(tx, user.id, target.user_id),
    );
    return this.get(user, id);
  }

  async get(user: AuthUser, id: string): Promise<Conversation> {
    return this.toConversation(await this.own(user, id));
  }

  async messages(user: AuthUser, id: string, query: MessagesInput): Promise<MessagePage> {
    await this.own(user, id);
    // Older pages come newest first; catching up with `after`, oldest first. Either way the
    // cursor is the last item's id, for `before` or `after` alike.
    const rows = await this.conversations.messages(id, query, query.limit + 1);
    const more = rows.length > query.limit;
    const items = rows.slice(0, query.limit).map((row) => this.toMessage(row, user.id));
    return { items, nextCursor: more ? (items[items.length - 1]?.id ?? null) : null };
  }

  async send(user: AuthUser, id: string, body: string): Promise<Message> {
    if (!isUuid(id)) throw messagingErrors.conversationNotFound();
    const sent = await this.conversations.transaction(async (tx) => {
      const otherId = await this.conversations.lockForWriting(tx, user.id, id);
      if (otherId === null) throw messagingErrors.conversationNotFound();
      const messageId = await this.conversations.insertMessage(tx, id, user.id, body);
      // The recipient's view of the conversation names the sender as they may see them.
      const theirs = await this.conversations.findForViewer(otherId, id, tx);
      await this.notifier.notify(tx, [
        {
          userId: otherId,
          kind: 'message',
          actorId: user.id,
          subject: {
            type: 'conversation',
            id,
            title: theirs?.other_name ?? '',
            path: `/messages/${id}`,
          },
          details: { excerpt: body.slice(0, EXCERPT_LENGTH) },
        },
      ]);
      return { messageId, otherId };
    });
    await this.events.emit('message.sent', {
      conversationId: id,
      messageId: sent.messageId,
      senderId: user.id,
      recipientId: sent.otherId,
    });
    const row = await this.conversations.findMessage(sent.messageId);
    if (!row) throw messagingErrors.conversationNotFound();
    return this.toMessage(row, user.id);
  }

  /** Marks the conversation read up to `upTo` (or all of it), and its message notifications with it. */
  async markRead(user: AuthUser, id: string, upTo: string | undefined): Promise<Conversation> {
    await this.own(user, id);
    await this.conversations.markRead(user.id, id, upTo);
    await this.notifier.markReadAbout(user.id, 'conversation', id);
    return this.get(user, id);
  }

  private async own(user: AuthUser, id: string): Promise<ConversationRow> {
    const row = isUuid(id) ? await this.conversations.findForViewer(user.id, id) : null;
    if (!row) throw messagingErrors.conversationNotFound();
    return row;
  }

  private toConversation(row: ConversationRow): Conversation {
    return {
      id: row.id,
      person: {
        handle: row.other_handle,
        displayName: row.other_name,
        avatar: imageUrls(this.storage, row.other_avatar_key),
      },
      lastMessage: row.last_message,
      lastActivityAt: row.last_activity_at.toISOString(),
      unreadCount: row.unread_count,
    };
  }

  private toMessage(row: MessageRow, viewerId: string): Message {
    return {
      id: row.id,
      conversationId: row.conversation_id,
      mine: row.sender_id === viewerId,
      body: row.body,
      createdAt: row.created_at.toISOString(),
    };
  }
}
