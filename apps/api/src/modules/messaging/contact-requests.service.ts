import { Inject, Injectable } from '@nestjs/common';
import type {
  ContactRequest,
  ContactRequestPage,
  ContactRequestQuery,
  CreateContactRequest,
} from '@open-spaces/contracts';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { decodeTimeIdCursor, toPage } from '../../common/pagination/cursor';
import { imageUrls } from '../../common/storage/images';
import { FILE_STORAGE, type FileStorage } from '../../common/storage/storage';
import { isUuid } from '../../common/validation/uuid';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { Notifier } from '../notifications/notifier';
import { normaliseHandle } from '../profiles/handles';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import { type ContactRequestRow, ContactRequestsRepository } from './contact-requests.repository';
import { ConversationsRepository } from './conversations.repository';
import { messagingErrors } from './messaging.errors';

type NewRequest = z.output<typeof CreateContactRequest>;
type BoxQuery = z.output<typeof ContactRequestQuery>;

const DAY_SECONDS = 86_400;

/**
 * Owns contact requests: a person with a confirmed address asks someone who takes requests
 * for contact (subject, outlet, deadline, message); the recipient accepts, which opens
 * their conversation, or declines. Nobody's address is ever shown. Hidden profiles, pairs
 * in a block and suspended accounts cannot be asked, and a sender's requests per day are limited.
 */
@Injectable()
export class ContactRequestsService {
  constructor(
    private readonly requests: ContactRequestsRepository,
    private readonly conversations: ConversationsRepository,
    private readonly rateLimits: RateLimitService,
    private readonly notifier: Notifier,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async send(user: AuthUser, rawHandle: string, input: NewRequest): Promise<ContactRequest> {
    const handle = normaliseHandle(rawHandle);
    const target = handle ? await this.requests.findTarget(user.id, handle) : null;
    if (!target) throw messagingErrors.personNotFound();
    if (target.user_id === user.id) throw messagingErrors.cannotContactSelf();
    if (!target.accepts_contact_requests) throw messagingErrors.requestsPaused();
    if (await this.requests.hasPending(user.id, target.user_id)) throw messagingErrors.requestPending();
    await this.rateLimits.consume({
      key: `contact-requests:${user.id}`,
      max: this.config.rateLimits.contactRequestsPerDay,
      windowSeconds: DAY_SECONDS,
    });
    const id = await this.requests.transaction(async (tx) => {
      const inserted = await this.requests.insert(tx, {
        senderId: user.id,
        recipientId: target.user_id,
        subject: input.subject,
        outlet: input.outlet,
        deadline: input.deadline,
        message: input.message,
      });
      if (inserted === null) throw messagingErrors.requestPending();
      await this.notifier.notify(tx, [
        {
          userId: target.user_id,
          kind: 'contact_request',
          actorId: user.id,
          subject: { type: 'contact_request', id: inserted, title: input.subject, path: '/contact-requests' },
          details: { excerpt: input.outlet },
        },
      ]);
      return inserted;
    });
    return this.get(user, id);
  }

  async page(user: AuthUser, query: BoxQuery): Promise<ContactRequestPage> {
    const after = decodeTimeIdCursor(query.after);
    const rows = await this.requests.page(user.id, query.box, after, query.limit + 1);
    return toPage(
      rows,
      query.limit,
      (row) => this.toRequest(row, user.id),
      (row) => [row.cursor_at, row.id],
    );
  }

  /** Accepts a received request: the pair's conversation opens (or is found) and the sender is told. */
  async accept(user: AuthUser, id: string): Promise<ContactRequest> {
    await this.answer(user, id, 'accepted');
    return this.get(user, id);
  }

  /** Declines a received request; the sender sees it in their sent box, without a notification. */
  async decline(user: AuthUser, id: string): Promise<ContactRequest> {
    await this.answer(user, id, 'declined');
    return this.get(user, id);
  }

  private async answer(user: AuthUser, id: string, status: 'accepted' | 'declined'): Promise<void> {
    if (!isUuid(id)) throw messagingErrors.requestNotFound();
    await this.requests.transaction(async (tx) => {
      const request = await this.requests.lockReceived(tx, user.id, id);
      if (!request) throw messagingErrors.requestNotFound();
      if (request.status !== 'pending') throw messagingErrors.requestAnswered();
      if (status === 'declined') {
        await this.requests.answer(tx, id, 'declined', null);
        return;
      }
      const conversationId = await this.conversations.ensure(tx, user.id, request.sender_id);
      await this.requests.answer(tx, id, 'accepted', conversationId);
      await this.notifier.notify(tx, [
        {
          userId: request.sender_id,
          kind: 'contact_request_accepted',
          actorId: user.id,
          subject: {
            type: 'conversation',
            id: conversationId,
            title: request.subject,
            path: `/messages/${conversationId}`,
          },
        },
      ]);
    });
  }

  private async get(user: AuthUser, id: string): Promise<ContactRequest> {
    const row = await this.requests.findForViewer(user.id, id);
    if (!row) throw messagingErrors.requestNotFound();
    return this.toRequest(row, user.id);
  }

  private toRequest(row: ContactRequestRow, viewerId: string): ContactRequest {
    return {
      id: row.id,
      person: {
        handle: row.other_handle,
        displayName: row.other_name,
        avatar: imageUrls(this.storage, row.other_avatar_key),
      },
      sent: row.sender_id === viewerId,
      subject: row.subject,
      outlet: row.outlet,
      deadline: row.deadline,
      message: row.message,
      status: row.status,
      createdAt: row.created_at.toISOString(),
      answeredAt: row.answered_at?.toISOString() ?? null,
      conversationId: row.conversation_id,
    };
  }
}
