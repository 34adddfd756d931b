import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type {
  CreateIdeaCommentRequest,
  IdeaComment,
  IdeaCommentPage,
  IdeaCommentThread,
  PageQuery,
} from '@open-spaces/contracts';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { decodeTimeIdCursor, toPage } from '../../common/pagination/cursor';
import { imageUrls } from '../../common/storage/images';
import { FILE_STORAGE, type FileStorage } from '../../common/storage/storage';
import { ModerationTargets } from '../moderation/moderation-targets';
import { type IdeaCommentRow, IdeaCommentsRepository } from './idea-comments.repository';
import { IdeasService } from './ideas.service';
import { processErrors } from './processes.errors';
import { ProcessesService } from './processes.service';

type CreateInput = z.output<typeof CreateIdeaCommentRequest>;
type PageInput = z.output<typeof PageQuery>;

/**
 * Owns the comments on ideas: one level of replies, written only while a phase enabling
 * comments is on, seen by whoever may see the idea, and reportable like all content.
 */
@Injectable()
export class IdeaCommentsService implements OnModuleInit {
  constructor(
    private readonly comments: IdeaCommentsRepository,
    private readonly ideas: IdeasService,
    private readonly processes: ProcessesService,
    private readonly moderationTargets: ModerationTargets,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  onModuleInit(): void {
    this.moderationTargets.register({
      type: 'idea_comment',
      describe: async (id) => {
        const comment = await this.comments.describe(id);
        return (
          comment && {
            title: comment.body.slice(0, 80),
            authorId: comment.author_id,
            path: `/ideas/${comment.idea_id}#comment-${id}`,
          }
        );
      },
      setHidden: (id, hidden) => this.comments.setHidden(id, hidden?.reason ?? null),
    });
  }

  async list(ideaId: string, viewer: AuthUser | undefined, query: PageInput): Promise<IdeaCommentPage> {
    await this.ideas.access(ideaId, viewer);
    const viewerId = viewer?.id ?? null;
    const threads = await this.comments.findThreadsPage(
      ideaId,
      viewerId,
      decodeTimeIdCursor(query.after),
      query.limit,
    );
    const page = threads.slice(0, query.limit);
    const replies = await this.comments.findReplies(
      page.map((row) => row.id),
      viewerId,
    );
    return toPage(
      threads,
      query.limit,
      (row): IdeaCommentThread => ({
        ...this.toComment(row, viewerId),
        replies: replies
          .filter((reply) => reply.parent_id === row.id)
          .map((reply) => this.toComment(reply, viewerId)),
      }),
      (row) => [row.cursor_at, row.id],
    );
  }

  async create(ideaId: string, viewer: AuthUser, input: CreateInput): Promise<IdeaComment> {
    const { process } = await this.ideas.access(ideaId, viewer);
    this.processes.assertOpen(process.phases, 'comment');
    if (input.parentId) {
      const parent = await this.comments.findVisible(ideaId, input.parentId, viewer.id);
      if (!parent) throw processErrors.commentNotFound();
      if (parent.parent_id !== null) throw processErrors.replyToReply();
    }
    const id = await this.comments.insert({
      ideaId,
      parentId: input.parentId ?? null,
      authorId: viewer.id,
      body: input.body,
    });
    const row = await this.comments.findVisible(ideaId, id, viewer.id);
    if (!row) throw processErrors.commentNotFound();
    return this.toComment(row, viewer.id);
  }

  private toComment(row: IdeaCommentRow, viewerId: string | null): IdeaComment {
    const mine = row.author_id === viewerId;
    return {
      id: row.id,
      parentId: row.parent_id,
      body: row.body,
      author: {
        handle: row.author_handle,
        displayName: row.author_name,
        avatar: imageUrls(this.storage, row.author_avatar_key),
      },
      createdAt: row.created_at.toISOString(),
      moderation: mine ? { hidden: row.hidden_at !== null, reason: row.hidden_reason } : null,
    };
  }
}
