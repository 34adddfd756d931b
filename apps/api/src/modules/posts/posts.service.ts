import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type {
  CreatePostRequest,
  MyPostsQuery,
  Post,
  PostListQuery,
  PostPage,
  UpdatePostRequest,
  UsefulState,
} from '@open-spaces/contracts';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { isUniqueViolation } from '../../common/errors/database-errors';
import { renderMarkdown } from '../../common/markdown/markdown';
import { decodeTimeIdCursor, toPage } from '../../common/pagination/cursor';
import { imageKeys, storeSquareImage } from '../../common/storage/images';
import { FILE_STORAGE, type FileStorage } from '../../common/storage/storage';
import { ActivitiesService, type ActivityLog } from '../activities/activities.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { PostEntity } from './entities/post.entity';
import { toPost, toPostSummary } from './post-mappers';
import {
  canEditPost,
  canPublishAs,
  isMaterialChange,
  type PostActor,
  slugFromTitle,
} from './post-permissions';
import { postErrors } from './posts.errors';
import { POST_SLUG_INDEX, type PostRow, PostsRepository } from './posts.repository';

type CreateInput = z.output<typeof CreatePostRequest>;
type UpdateInput = z.output<typeof UpdatePostRequest>;
type ListInput = z.output<typeof PostListQuery>;
type MineInput = z.output<typeof MyPostsQuery>;

/** A post as the viewer may see it, with whether they may edit it. */
export interface PostAccess {
  post: PostRow;
  canEdit: boolean;
  actor: PostActor;
}

/**
 * Owns posts: writing, publishing and archiving them (each recorded in the activity log in
 * the same transaction), their pages and lists, covers, slugs with redirects, and "useful"
 * reactions. A post is seen by its editors in every state; by others only once published
 * (archived posts stay readable at their address but leave the lists), never when a
 * moderator hid it, and only where its author, organisation and audience admit them.
 * Anything a viewer may not see answers 404, exactly like a post that does not exist.
 */
@Injectable()
export class PostsService {
  constructor(
    private readonly posts: PostsRepository,
    private readonly organisations: OrganisationsService,
    private readonly activities: ActivitiesService,
    private readonly taxonomy: TaxonomyService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  /** The post at this slug (or a former one) if the viewer may see it; 404 otherwise. */
  async access(slug: string, viewer: AuthUser | undefined): Promise<PostAccess> {
    const post = await this.posts.findBySlugForViewer(slug, viewer?.id ?? null);
    if (!post) throw postErrors.notFound();
    const actor: PostActor = {
      userId: viewer?.id ?? null,
      siteRole: viewer?.role ?? null,
      organisationRole: post.my_role,
    };
    const canEdit = canEditPost(actor, { authorId: post.author_id, organisationId: post.organisation_id });
    if (!canEdit && (!post.visible || post.status === 'draft' || post.hidden_at !== null))
      throw postErrors.notFound();
    return { post, canEdit, actor };
  }

  /** A published post that takes comments and reactions from the viewer. */
  async accessPublished(slug: string, viewer: AuthUser | undefined): Promise<PostAccess> {
    const access = await this.access(slug, viewer);
    if (access.post.status !== 'published' || access.post.hidden_at !== null) throw postErrors.notPublished();
    return access;
  }

  async get(slug: string, viewer: AuthUser | undefined): Promise<Post> {
    const { post, canEdit } = await this.access(slug, viewer);
    return toPost(this.storage, post, canEdit);
  }

  async list(viewer: AuthUser | undefined, query: ListInput): Promise<PostPage> {
    const rows = await this.posts.findLatestPage(
      viewer?.id ?? null,
      query,
      decodeTimeIdCursor(query.after),
      query.limit,
    );
    return toPage(
      rows,
      query.limit,
      (row) => toPostSummary(this.storage, row),
      (row) => [row.cursor_at, row.id],
    );
  }

  async mine(viewer: AuthUser, query: MineInput): Promise<PostPage> {
    const rows = await this.posts.findMinePage(
      viewer.id,
      query.status,
      decodeTimeIdCursor(query.after),
      query.limit,
    );
    return toPage(
      rows,
      query.limit,
      (row) => toPostSummary(this.storage, row),
      (row) => [row.cursor_at, row.id],
    );
  }

  async create(author: AuthUser, input: CreateInput): Promise<Post> {
    await this.assertKnownValues(input, []);
    const organisationId = await this.organisationToPublishAs(author, input.organisation ?? null);
    const audience = input.audience ?? 'public';
    if (audience === 'organisation' && organisationId === null) throw postErrors.audienceNeedsOrganisation();
    const status = input.status ?? 'draft';
    const slug = input.slug ?? slugFromTitle(input.title, randomBytes(3).toString('hex'));
    const body = input.body ?? '';
    try {
      await this.activities.write(async (tx, log) => {
        const post = await tx.getRepository(PostEntity).save(
          tx.getRepository(PostEntity).create({
            authorId: author.id,
            organisationId,
            kind: input.kind,
            slug,
            title: input.title,
            summary: input.summary ?? '',
            body,
            bodyHtml: renderMarkdown(body),
            topics: input.topics ?? [],
            countries: input.countries ?? [],
            language: input.language,
            status,
            audience,
            publishedAt: status === 'draft' ? null : new Date(),
          }),
        );
        if (status === 'published') await recordActivity(log, post, 'published', author.id);
      });
    } catch (error) {
      if (isUniqueViolation(error, POST_SLUG_INDEX)) throw postErrors.slugTaken();
      throw error;
    }
    return this.get(slug, author);
  }

  /**
   * Changes a post. Publishing it the first time sets `publishedAt` and records
   * `published`; later edits of a published post keep `publishedAt`, set `editedAt`, and
   * record `updated` when the title, summary, body or topics changed; archiving records
   * `archived`. A new slug keeps the old one as a redirect.
   */
  async update(slug: string, viewer: AuthUser, input: UpdateInput): Promise<Post> {
    const { post } = await this.requireEditor(slug, viewer);
    await this.assertKnownValues(input, post.topics);
    const organisationId =
      input.organisation === undefined
        ? post.organisation_id
        : await this.organisationToPublishAs(viewer, input.organisation);
    const audience = input.audience ?? post.audience;
    if (audience === 'organisation' && organisationId === null) throw postErrors.audienceNeedsOrganisation();
    const status = input.status ?? post.status;
    const firstPublish = status === 'published' && post.published_at === null;
    const wasPublished = post.status === 'published';
    const { status: _status, organisation: _organisation, ...fields } = input;
    const contentChanged = Object.keys(fields).length > 0 || organisationId !== post.organisation_id;
    const material = wasPublished && status === 'published' && isMaterialChange(post, input);
    const now = new Date();
    const nextSlug = input.slug ?? post.slug;
    try {
      await this.activities.write(async (tx, log) => {
        const changes: Partial<PostEntity> = {
          ...fields,
          organisationId,
          audience,
          status,
          ...(input.body !== undefined ? { bodyHtml: renderMarkdown(input.body) } : {}),
          ...(firstPublish ? { publishedAt: now } : {}),
          ...(wasPublished && contentChanged ? { editedAt: now } : {}),
        };
        await tx.getRepository(PostEntity).update({ id: post.id }, changes);
        if (nextSlug !== post.slug) await this.posts.redirectSlug(tx, post.id, post.slug, nextSlug);
        const saved = await tx.getRepository(PostEntity).findOneByOrFail({ id: post.id });
        if (firstPublish) await recordActivity(log, saved, 'published', viewer.id);
        else if (material) await recordActivity(log, saved, 'updated', viewer.id);
        else if (status === 'archived' && post.status !== 'archived')
          await recordActivity(log, saved, 'archived', viewer.id);
      });
    } catch (error) {
      if (isUniqueViolation(error, POST_SLUG_INDEX)) throw postErrors.slugTaken();
      throw error;
    }
    return this.get(nextSlug, viewer);
  }

  /** Checks the upload by its content, stores the new cover with its description and removes the old one. */
  async setCover(
    slug: string,
    viewer: AuthUser,
    alt: string,
    readFile: () => Promise<Buffer>,
  ): Promise<Post> {
    const { post } = await this.requireEditor(slug, viewer);
    const key = await storeSquareImage(this.storage, `posts/${post.id}`, await readFile());
    const previous = await this.posts.replaceCover(post.id, key, alt);
    await this.storage.remove(imageKeys(previous));
    return this.get(post.slug, viewer);
  }

  async removeCover(slug: string, viewer: AuthUser): Promise<Post> {
    const { post } = await this.requireEditor(slug, viewer);
    const previous = await this.posts.replaceCover(post.id, null, null);
    await this.storage.remove(imageKeys(previous));
    return this.get(post.slug, viewer);
  }

  async markUseful(slug: string, viewer: AuthUser): Promise<UsefulState> {
    const { post } = await this.accessPublished(slug, viewer);
    await this.posts.addReaction(post.id, viewer.id);
    return this.usefulState(post.id, viewer.id);
  }

  async unmarkUseful(slug: string, viewer: AuthUser): Promise<UsefulState> {
    const { post } = await this.accessPublished(slug, viewer);
    await this.posts.removeReaction(post.id, viewer.id);
    return this.usefulState(post.id, viewer.id);
  }

  private async usefulState(postId: string, userId: string): Promise<UsefulState> {
    const state = await this.posts.usefulState(postId, userId);
    return { usefulCount: state.useful_count, reactedByMe: state.reacted_by_me };
  }

  private async requireEditor(slug: string, viewer: AuthUser): Promise<PostAccess> {
    const access = await this.access(slug, viewer);
    if (!access.canEdit)
      throw postErrors.forbidden('Only its author and its organisation’s editors change this post.');
    return access;
  }

  /** The organisation's id when the viewer is an editor or above there; null for "as myself". */
  private async organisationToPublishAs(viewer: AuthUser, slug: string | null): Promise<string | null> {
    if (slug === null) return null;
    const organisation = await this.organisations.roleOf(slug, viewer.id);
    if (!organisation || !canPublishAs(organisation.role)) throw postErrors.notEditorOf();
    return organisation.id;
  }

  /** Topics, countries and the language must be in the taxonomy; retired topics may stay. */
  private assertKnownValues(input: UpdateInput, currentTopics: string[]): Promise<void> {
    return this.taxonomy.assertFields({
      topics: { kind: 'topic', value: input.topics, current: currentTopics },
      countries: { kind: 'country', value: input.countries },
      language: { kind: 'language', value: input.language },
    });
  }
}

function recordActivity(
  log: ActivityLog,
  post: PostEntity,
  verb: 'published' | 'updated' | 'archived',
  actorId: string,
) {
  return log.record({
    actorId,
    organisationId: post.organisationId,
    verb,
    objectType: 'post',
    objectId: post.id,
    topics: post.topics,
    countries: post.countries,
    audience: post.audience,
  });
}
