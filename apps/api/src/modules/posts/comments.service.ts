import { Inject, Injectable } from '@nestjs/common';
import type {
  Comment,
  CommentPage,
  CommentThread,
  CreateCommentRequest,
  PageQuery,
  UpdateCommentRequest,
} from '@open-spaces/contracts';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { DomainEvents } from '../../common/events/domain-events';
import { plainExcerpt, renderMarkdown } from '../../common/markdown/markdown';
import { decodeTimeIdCursor, toPage } from '../../common/pagination/cursor';
import { FILE_STORAGE, type FileStorage } from '../../common/storage/storage';
import type { NotificationInput } from '../notifications/notifications.repository';
import { Notifier } from '../notifications/notifier';
import { type CommentRow, CommentsRepository } from './comments.repository';
import { toComment } from './post-mappers';
import { canEditComment, canRemoveComment, type PostActor, type PostFacts } from './post-permissions';
import { postErrors } from './posts.errors';
import { type PostAccess, PostsService } from './posts.service';

type PageInput = z.output<typeof PageQuery>;
type CreateInput = z.output<typeof CreateCommentRequest>;
type UpdateInput = z.output<typeof UpdateCommentRequest>;

/** How much of a comment its notification quotes. */
const EXCERPT_LENGTH = 120;

/**
 * Owns the comments on posts: one level of replies, edited by their authors only, removed
 * by their authors, the post's editors or site moderators, hidden by moderation. Comments
 * are read where the post can be read, and written only on published posts. A comment
 * tells the post's author, a reply the author of the comment it answers, each only if
 * they could read it.
 */
@Injectable()
export class CommentsService {
  constructor(
    private readonly comments: CommentsRepository,
    private readonly posts: PostsService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly events: DomainEvents,
    private readonly notifier: Notifier,
  ) {}

  async list(slug: string, viewer: AuthUser | undefined, page: PageInput): Promise<CommentPage> {
    const access = await this.posts.access(slug, viewer);
    const viewerId = viewer?.id ?? null;
    const threads = await this.comments.findThreadsPage(
      access.post.id,
      viewerId,
      decodeTimeIdCursor(page.after),
      page.limit,
    );
    const shown = threads.slice(0, page.limit);
    const replies = await this.comments.findReplies(
      shown.map((thread) => thread.id),
      viewerId,
    );
    const toItem = (row: CommentRow) => this.toComment(row, access);
    return toPage(
      threads,
      page.limit,
      (row): CommentThread => ({
        ...toItem(row),
        replies: replies.filter((reply) => reply.parent_id === row.id).map(toItem),
      }),
      (row) => [row.cursor_at, row.id],
    );
  }

  async create(slug: string, viewer: AuthUser, input: CreateInput): Promise<Comment> {
    const access = await this.posts.accessPublished(slug, viewer);
    let parentAuthorId: string | null = null;
    if (input.parentId !== undefined) {
      const parent = await this.comments.findVisible(input.parentId, viewer.id);
      if (!parent || parent.post_id !== access.post.id) throw postErrors.parentNotFound();
      if (parent.parent_id !== null) throw postErrors.replyTooDeep();
      parentAuthorId = parent.author_id;
    }
    const bodyHtml = renderMarkdown(input.body);
    const id = await this.comments.transaction(async (tx) => {
      const commentId = await this.comments.insert(tx, {
        postId: access.post.id,
        parentId: input.parentId ?? null,
        authorId: viewer.id,
        body: input.body,
        bodyHtml,
      });
      await this.notifyOf(tx, access, { id: commentId, authorId: viewer.id, parentAuthorId, bodyHtml });
      return commentId;
    });
    await this.events.emit('comment.added', { postId: access.post.id, commentId: id, authorId: viewer.id });
    return this.toComment(await this.visibleComment(id, viewer), access);
  }

  async update(id: string, viewer: AuthUser, input: UpdateInput): Promise<Comment> {
    const { comment, access } = await this.commentWithPost(id, viewer);
    if (!canEditComment(access.actor, comment.author_id))
      throw postErrors.forbidden('Only its author edits a comment.');
    await this.comments.update(id, input.body, renderMarkdown(input.body));
    return this.toComment(await this.visibleComment(id, viewer), access);
  }

  async remove(id: string, viewer: AuthUser): Promise<void> {
    const { comment, access } = await this.commentWithPost(id, viewer);
    if (!canRemoveComment(access.actor, comment.author_id, factsOf(access)))
      throw postErrors.forbidden('Only its author, the post’s editors and moderators remove a comment.');
    await this.comments.remove(id);
  }

  /**
   * Tells the author of the comment replied to (`comment_reply`) and the post's author
   * (`post_comment`): one notification each, the reply's when they are the same person,
   * and none to whoever could not read the comment in its thread.
   */
  private async notifyOf(
    tx: EntityManager,
    { post }: PostAccess,
    comment: { id: string; authorId: string; parentAuthorId: string | null; bodyHtml: string },
  ): Promise<void> {
    const kinds = new Map<string, NotificationInput['kind']>();
    if (comment.parentAuthorId !== null) kinds.set(comment.parentAuthorId, 'comment_reply');
    if (!kinds.has(post.author_id)) kinds.set(post.author_id, 'post_comment');
    kinds.delete(comment.authorId);
    const readers = await this.comments.findReaders(tx, comment.id, [...kinds.keys()]);
    const excerpt = plainExcerpt(comment.bodyHtml, EXCERPT_LENGTH);
    await this.notifier.notify(
      tx,
      readers.map((userId) => ({
        userId,
        kind: kinds.get(userId) ?? 'post_comment',
        actorId: comment.authorId,
        organisationId: post.organisation_id,
        subject: {
          type: 'post',
          id: post.id,
          title: post.title,
          path: `/news/${post.slug}#comment-${comment.id}`,
        },
        details: { excerpt },
      })),
    );
  }

  private async commentWithPost(
    id: string,
    viewer: AuthUser,
  ): Promise<{ comment: CommentRow; access: PostAccess }> {
    const comment = await this.visibleComment(id, viewer);
    const slug = await this.comments.describe(id);
    if (!slug) throw postErrors.commentNotFound();
    const access = await this.posts.access(slug.slug, viewer).catch(() => {
      throw postErrors.commentNotFound();
    });
    return { comment, access };
  }

  private async visibleComment(id: string, viewer: AuthUser): Promise<CommentRow> {
    const comment = await this.comments.findVisible(id, viewer.id);
    if (!comment) throw postErrors.commentNotFound();
    return comment;
  }

  private toComment(row: CommentRow, access: PostAccess): Comment {
    const actor: PostActor = access.actor;
    return toComment(this.storage, row, {
      canEdit: canEditComment(actor, row.author_id),
      canRemove: canRemoveComment(actor, row.author_id, factsOf(access)),
    });
  }
}

function factsOf(access: PostAccess): PostFacts {
  return { authorId: access.post.author_id, organisationId: access.post.organisation_id };
}
