import { Inject, Injectable } from '@nestjs/common';
import type {
  ProposeToolRequest,
  ReviewToolRequest,
  Tool,
  ToolDirectoryQuery,
  ToolPage,
  ToolSummary,
} from '@open-spaces/contracts';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { isSiteModerator } from '../../common/auth/site-roles';
import { isUniqueViolation } from '../../common/errors/database-errors';
import { renderMarkdown } from '../../common/markdown/markdown';
import { decodeCursor, NameIdKey, toPage } from '../../common/pagination/cursor';
import { imageUrls } from '../../common/storage/images';
import { FILE_STORAGE, type FileStorage } from '../../common/storage/storage';
import { ActivitiesService } from '../activities/activities.service';
import { ModerationAuditService } from '../moderation/moderation-audit.service';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { Tool as ToolEntity } from './entities/tool.entity';
import { toolErrors } from './tools.errors';
import { TOOL_SLUG_INDEX, type ToolRow, type ToolSummaryRow, ToolsRepository } from './tools.repository';

type ProposeInput = z.output<typeof ProposeToolRequest>;
type DirectoryInput = z.output<typeof ToolDirectoryQuery>;
type ReviewInput = z.output<typeof ReviewToolRequest>;

/**
 * Owns the tools directory. Any verified member proposes a tool; it waits, seen only by its
 * proposer and the site moderators, until a moderator approves it (which publishes it to
 * the activity log) or rejects it. Approved tools are public unless a moderator hid them;
 * a hidden tool is seen by its proposer, with the reason, and by moderators. A tool the
 * viewer may not see answers 404, exactly like one that does not exist.
 */
@Injectable()
export class ToolsService {
  constructor(
    private readonly tools: ToolsRepository,
    private readonly activities: ActivitiesService,
    private readonly audit: ModerationAuditService,
    private readonly taxonomy: TaxonomyService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async propose(user: AuthUser, input: ProposeInput): Promise<Tool> {
    await this.taxonomy.assertFields({ languages: { kind: 'language', value: input.languages } });
    const description = input.description ?? '';
    try {
      await this.activities.write((tx) =>
        tx.getRepository(ToolEntity).insert({
          slug: input.slug,
          name: input.name,
          website: input.website,
          category: input.category,
          description,
          descriptionHtml: renderMarkdown(description),
          openSource: input.openSource ?? false,
          selfHostable: input.selfHostable ?? false,
          hostedInEu: input.hostedInEu ?? false,
          gdprNotes: input.gdprNotes ?? '',
          languages: input.languages ?? [],
          priceModel: input.priceModel,
          proposedBy: user.id,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error, TOOL_SLUG_INDEX)) throw toolErrors.slugTaken();
      throw error;
    }
    return this.get(input.slug, user);
  }

  async get(slug: string, viewer: AuthUser | undefined): Promise<Tool> {
    const row = await this.visible(slug, viewer);
    const usableAs =
      viewer && row.status === 'approved' ? await this.tools.findEditableOrganisations(viewer.id) : [];
    return this.toTool(row, viewer, usableAs);
  }

  /** The tool if the viewer may see it; 404 otherwise. */
  async visible(slug: string, viewer: AuthUser | undefined): Promise<ToolRow> {
    const row = await this.tools.findBySlug(slug, viewer?.id ?? null);
    if (!row) throw toolErrors.notFound();
    const moderator = isSiteModerator(viewer?.role);
    const proposer = viewer !== undefined && row.proposed_by === viewer.id;
    const listed = row.status === 'approved' && row.hidden_at === null;
    if (!listed && !moderator && !proposer) throw toolErrors.notFound();
    return row;
  }

  async directory(viewer: AuthUser | undefined, query: DirectoryInput): Promise<ToolPage> {
    if (query.status === 'pending' && !isSiteModerator(viewer?.role)) throw toolErrors.moderatorsOnly();
    const after = decodeCursor(query.after, NameIdKey);
    const rows = await this.tools.findPage(viewer?.id ?? null, query, after, query.limit);
    return toPage(rows, query.limit, toSummary, (row) => [row.sort_name, row.id]);
  }

  /** Approving publishes the tool (an activity in the same transaction); both are audited. */
  async review(slug: string, moderator: AuthUser, input: ReviewInput): Promise<Tool> {
    if (!isSiteModerator(moderator.role)) throw toolErrors.moderatorsOnly();
    const row = await this.visible(slug, moderator);
    const status = input.decision === 'approve' ? 'approved' : 'rejected';
    await this.activities.write(async (tx, log) => {
      await tx
        .getRepository(ToolEntity)
        .update({ id: row.id }, { status, reviewedBy: moderator.id, reviewedAt: new Date() });
      await this.audit.record(tx, {
        moderatorId: moderator.id,
        action: input.decision === 'approve' ? 'approve_tool' : 'reject_tool',
        objectType: 'tool',
        objectId: row.id,
        reason: '',
      });
      if (status === 'approved' && row.status !== 'approved') {
        await log.record({
          actorId: row.proposed_by ?? moderator.id,
          verb: 'published',
          objectType: 'tool',
          objectId: row.id,
          audience: 'public',
        });
      }
    });
    return this.get(slug, moderator);
  }

  private toTool(
    row: ToolRow,
    viewer: AuthUser | undefined,
    usableAs: { slug: string; name: string }[],
  ): Tool {
    return {
      ...toSummary(row),
      description: row.description,
      descriptionHtml: row.description_html,
      gdprNotes: row.gdpr_notes,
      proposedBy:
        row.proposer_handle && row.proposer_name
          ? {
              handle: row.proposer_handle,
              displayName: row.proposer_name,
              avatar: imageUrls(this.storage, row.proposer_avatar_key),
            }
          : null,
      moderation: { hidden: row.hidden_at !== null, reason: row.hidden_reason },
      canReview: isSiteModerator(viewer?.role),
      usableAs,
      createdAt: row.created_at.toISOString(),
      reviewedAt: row.reviewed_at?.toISOString() ?? null,
    };
  }
}

/** A tool as the directory lists it. */
export function toSummary(row: ToolSummaryRow): ToolSummary {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    website: row.website,
    category: row.category,
    openSource: row.open_source,
    selfHostable: row.self_hostable,
    hostedInEu: row.hosted_in_eu,
    priceModel: row.price_model,
    languages: row.languages,
    status: row.status,
    usedByCount: row.used_by_count,
  };
}
