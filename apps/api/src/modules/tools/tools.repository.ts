import { Injectable } from '@nestjs/common';
import type { OrganisationKind, ToolCategory, ToolPriceModel, ToolStatus } from '@open-spaces/contracts';
import { DataSource } from 'typeorm';
import { setModeratorHidden } from '../../common/sql/moderator-hidden';
import { containsPattern, QueryParameters } from '../../common/sql/query-parameters';
import { organisationVisibleSql } from '../../common/visibility/follow-counts';
import { profileListedOrOwnSql } from '../../common/visibility/profile-visibility';

export interface ToolSummaryRow {
  id: string;
  slug: string;
  name: string;
  sort_name: string;
  website: string;
  category: ToolCategory;
  open_source: boolean;
  self_hostable: boolean;
  hosted_in_eu: boolean;
  price_model: ToolPriceModel;
  languages: string[];
  status: ToolStatus;
  used_by_count: number;
}

export interface ToolRow extends ToolSummaryRow {
  description: string;
  description_html: string;
  gdpr_notes: string;
  proposed_by: string | null;
  proposer_handle: string | null;
  proposer_name: string | null;
  proposer_avatar_key: string | null;
  hidden_at: Date | null;
  hidden_reason: string | null;
  created_at: Date;
  reviewed_at: Date | null;
}

export interface ToolUsageRow {
  organisation_id: string;
  slug: string;
  name: string;
  kind: OrganisationKind;
  logo_key: string | null;
  note: string;
  updated_at: Date;
  /** updated_at as PostgreSQL writes it, microseconds kept, for the cursor. */
  updated_key: string;
}

export interface ToolFilters {
  q?: string;
  category?: ToolCategory;
  openSource?: boolean;
  selfHostable?: boolean;
  hostedInEu?: boolean;
  priceModel?: ToolPriceModel;
  language?: string;
  status: 'approved' | 'pending';
}

export const TOOL_SLUG_INDEX = 'tools_slug_key';

/** Organisations the viewer may see that say they use the tool. */
function usedByCountSql(tool: string, viewer: string): string {
  return `(SELECT count(*)::int FROM tool_usages uc JOIN organisations uo ON uo.id = uc.organisation_id
            WHERE uc.tool_id = ${tool}.id AND ${organisationVisibleSql('uo', viewer)})`;
}

/** May the viewer see the tool with this id in a feed: approved and not hidden by a moderator. */
export function toolInFeedSql(objectId: string, _viewer: string): string {
  return `EXISTS (SELECT 1 FROM tools ft
     WHERE ft.id = ${objectId} AND ft.status = 'approved' AND ft.hidden_at IS NULL)`;
}

const SUMMARY_COLUMNS = `t.id, t.slug, t.name, t.sort_name, t.website, t.category, t.open_source,
  t.self_hostable, t.hosted_in_eu, t.price_model, t.languages, t.status`;

@Injectable()
export class ToolsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The tool with its proposer as the viewer may see them: the proposer's name only when
   * the viewer may list their profile. Whether the viewer may see the tool itself (status,
   * moderation) is decided by the service.
   */
  async findBySlug(slug: string, viewerId: string | null): Promise<ToolRow | null> {
    const rows: ToolRow[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, t.description, t.description_html, t.gdpr_notes, t.proposed_by,
              t.hidden_at, t.hidden_reason, t.created_at, t.reviewed_at,
              pp.handle AS proposer_handle, pu.display_name AS proposer_name,
              pp.avatar_key AS proposer_avatar_key,
              ${usedByCountSql('t', '$2')} AS used_by_count
         FROM tools t
         LEFT JOIN profiles pp ON pp.user_id = t.proposed_by AND ${profileListedOrOwnSql('pp', '$2')}
         LEFT JOIN users pu ON pu.id = pp.user_id
        WHERE t.slug = lower($1)`,
      [slug, viewerId],
    );
    return rows[0] ?? null;
  }

  async findById(
    id: string,
  ): Promise<{ id: string; slug: string; name: string; proposed_by: string | null } | null> {
    const rows = await this.dataSource.query('SELECT id, slug, name, proposed_by FROM tools WHERE id = $1', [
      id,
    ]);
    return rows[0] ?? null;
  }

  /** Those of these tools that are approved and not hidden. */
  findApprovedByIds(viewerId: string, ids: string[]): Promise<ToolSummaryRow[]> {
    return this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, ${usedByCountSql('t', '$1')} AS used_by_count
         FROM tools t
        WHERE t.id = ANY($2::uuid[]) AND t.status = 'approved' AND t.hidden_at IS NULL`,
      [viewerId, ids],
    );
  }

  /** One page of the directory by name: approved tools that are not hidden, or pending ones. */
  findPage(
    viewerId: string | null,
    filters: ToolFilters,
    after: readonly [string, string] | undefined,
    limit: number,
  ): Promise<ToolSummaryRow[]> {
    const parameters = new QueryParameters(viewerId);
    const param = (value: unknown) => parameters.add(value);
    const where =
      filters.status === 'approved'
        ? [`t.status = 'approved'`, 't.hidden_at IS NULL']
        : [`t.status = 'pending'`];
    if (filters.q) where.push(`t.name ILIKE ${param(containsPattern(filters.q))}`);
    if (filters.category) where.push(`t.category = ${param(filters.category)}`);
    if (filters.openSource !== undefined) where.push(`t.open_source = ${param(filters.openSource)}`);
    if (filters.selfHostable !== undefined) where.push(`t.self_hostable = ${param(filters.selfHostable)}`);
    if (filters.hostedInEu !== undefined) where.push(`t.hosted_in_eu = ${param(filters.hostedInEu)}`);
    if (filters.priceModel) where.push(`t.price_model = ${param(filters.priceModel)}`);
    if (filters.language) where.push(`t.languages @> ARRAY[${param(filters.language)}::text]`);
    if (after) where.push(`(t.sort_name, t.id) > (${param(after[0])}, ${param(after[1])}::uuid)`);
    return this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, ${usedByCountSql('t', '$1')} AS used_by_count
         FROM tools t
        WHERE ${where.join(' AND ')}
        ORDER BY t.sort_name, t.id
        LIMIT ${param(limit + 1)}`,
      parameters.values,
    );
  }

  /** Organisations the viewer may see that use the tool, most recently updated note first. */
  findUsagesPage(
    toolId: string,
    viewerId: string | null,
    after: { at: string; id: string } | undefined,
    limit: number,
  ): Promise<ToolUsageRow[]> {
    const parameters = new QueryParameters(toolId, viewerId);
    const param = (value: unknown) => parameters.add(value);
    const where = ['u.tool_id = $1', organisationVisibleSql('o', '$2')];
    if (after) {
      where.push(
        `(u.updated_at, u.organisation_id) < (${param(after.at)}::timestamptz, ${param(after.id)}::uuid)`,
      );
    }
    return this.dataSource.query(
      `SELECT o.id AS organisation_id, o.slug, o.name, o.kind, o.logo_key, u.note, u.updated_at,
              u.updated_at::text AS updated_key
         FROM tool_usages u JOIN organisations o ON o.id = u.organisation_id
        WHERE ${where.join(' AND ')}
        ORDER BY u.updated_at DESC, u.organisation_id DESC
        LIMIT ${param(limit + 1)}`,
      parameters.values,
    );
  }

  async findUsage(toolId: string, organisationId: string): Promise<ToolUsageRow | null> {
    const rows: ToolUsageRow[] = await this.dataSource.query(
      `SELECT o.id AS organisation_id, o.slug, o.name, o.kind, o.logo_key, u.note, u.updated_at,
              u.updated_at::text AS updated_key
         FROM tool_usages u JOIN organisations o ON o.id = u.organisation_id
        WHERE u.tool_id = $1 AND u.organisation_id = $2`,
      [toolId, organisationId],
    );
    return rows[0] ?? null;
  }

  /** The organisations the person may speak for about tools: where they are editor or above. */
  findEditableOrganisations(userId: string): Promise<{ slug: string; name: string }[]> {
    return this.dataSource.query(
      `SELECT o.slug, o.name FROM memberships m JOIN organisations o ON o.id = m.organisation_id
        WHERE m.user_id = $1 AND m.role IN ('owner', 'admin', 'editor')
        ORDER BY o.sort_name, o.id`,
      [userId],
    );
  }

  setHidden(id: string, reason: string | null): Promise<void> {
    return setModeratorHidden(this.dataSource, 'tools', id, reason);
  }
}
