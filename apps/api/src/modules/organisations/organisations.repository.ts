import { Injectable } from '@nestjs/common';
import type {
  OrganisationKind,
  OrganisationRole,
  OrganisationSize,
  Visibility,
} from '@open-spaces/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { containsPattern, QueryParameters } from '../../common/sql/query-parameters';
import { followerCountSql, organisationVisibleSql } from '../../common/visibility/follow-counts';

export interface OrganisationRow {
  id: string;
  slug: string;
  name: string;
  kind: OrganisationKind;
  country: string;
  countries_active: string[];
  topics: string[];
  description: string;
  description_html: string;
  website: string | null;
  founded_year: number | null;
  size: OrganisationSize | null;
  offers: string[];
  needs: string[];
  transparency_register_id: string | null;
  logo_key: string | null;
  visibility: Visibility;
  show_members: boolean;
  hidden_at: Date | null;
  hidden_reason: string | null;
  created_at: Date;
  member_count: number;
  follower_count: number;
  my_role: OrganisationRole | null;
  followed_by_me: boolean;
}

/** What matching reads of an organisation: its traits, who may see it, the viewer's role. */
export type OrganisationTraitsRow = Pick<
  OrganisationRow,
  | 'id'
  | 'slug'
  | 'name'
  | 'kind'
  | 'country'
  | 'countries_active'
  | 'topics'
  | 'offers'
  | 'needs'
  | 'visibility'
  | 'hidden_at'
  | 'my_role'
>;

export interface OrganisationSummaryRow {
  id: string;
  slug: string;
  name: string;
  sort_name: string;
  kind: OrganisationKind;
  country: string;
  topics: string[];
  offers: string[];
  needs: string[];
  logo_key: string | null;
  member_count: number;
}

/** The writable columns, by the name the API uses for them. */
export interface OrganisationFields {
  slug: string;
  name: string;
  kind: OrganisationKind;
  country: string;
  countriesActive: string[];
  topics: string[];
  description: string;
  descriptionHtml: string;
  website: string | null;
  foundedYear: number | null;
  size: OrganisationSize | null;
  offers: string[];
  needs: string[];
  transparencyRegisterId: string | null;
  visibility: Visibility;
  showMembers: boolean;
}

const COLUMNS: Record<keyof OrganisationFields, string> = {
  slug: 'slug',
  name: 'name',
  kind: 'kind',
  country: 'country',
  countriesActive: 'countries_active',
  topics: 'topics',
  description: 'description',
  descriptionHtml: 'description_html',
  website: 'website',
  foundedYear: 'founded_year',
  size: 'size',
  offers: 'offers',
  needs: 'needs',
  transparencyRegisterId: 'transparency_register_id',
  visibility: 'visibility',
  showMembers: 'show_members',
};

export interface DirectoryFilters {
  q?: string;
  kind?: OrganisationKind;
  country?: string;
  topic?: string;
  offers?: string;
  needs?: string;
}

export const SLUG_INDEX = 'organisations_slug_key';

/**
 * The organisation's size as shown: every member except those whose profile is hidden
 * (a viewer always counts themself). A hidden person's membership is never shown, and
 * a count that moved by one when they joined would show it.
 */
function memberCountSql(organisation: string, viewer: string): string {
  return `(SELECT count(*)::int FROM memberships mc JOIN profiles mcp ON mcp.user_id = mc.user_id
            WHERE mc.organisation_id = ${organisation}.id
              AND (mcp.visibility <> 'hidden' OR mc.user_id = ${viewer}::uuid))`;
}

@Injectable()
export class OrganisationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One organisation with its counts and what it is to the viewer, in one query. Followers
   * are counted as the viewer would see them listed; members are counted without hidden
   * profiles (see memberCountSql).
   */
  /** The organisation at this slug and the person's role in it, if any, whatever its visibility. */
  async findRoleBySlug(
    slug: string,
    userId: string,
  ): Promise<{ id: string; role: OrganisationRole | null } | null> {
    const rows: { id: string; role: OrganisationRole | null }[] = await this.dataSource.query(
      `SELECT o.id, m.role FROM organisations o
         LEFT JOIN memberships m ON m.organisation_id = o.id AND m.user_id = $2
        WHERE o.slug = lower($1)`,
      [slug, userId],
    );
    return rows[0] ?? null;
  }

  /** The organisation at this slug with its traits and the viewer's role, without its counts. */
  async findTraitsBySlug(slug: string, viewerId: string): Promise<OrganisationTraitsRow | null> {
    const rows: OrganisationTraitsRow[] = await this.dataSource.query(
      `SELECT o.id, o.slug, o.name, o.kind, o.country, o.countries_active, o.topics, o.offers, o.needs,
              o.visibility, o.hidden_at, m.role AS my_role
         FROM organisations o
         LEFT JOIN memberships m ON m.organisation_id = o.id AND m.user_id = $2
        WHERE o.slug = lower($1)`,
      [slug, viewerId],
    );
    return rows[0] ?? null;
  }

  async findBySlugForViewer(slug: string, viewerId: string | null): Promise<OrganisationRow | null> {
    const rows: OrganisationRow[] = await this.dataSource.query(
      `SELECT o.id, o.slug, o.name, o.kind, o.country, o.countries_active, o.topics, o.description,
              o.description_html, o.website, o.founded_year, o.size, o.offers, o.needs,
              o.transparency_register_id, o.logo_key, o.visibility, o.show_members, o.created_at,
              o.hidden_at, o.hidden_reason,
              ${memberCountSql('o', '$2')} AS member_count,
              ${followerCountSql("'organisation'", 'o.id::text', '$2')} AS follower_count,
              (SELECT m.role FROM memberships m
                WHERE m.organisation_id = o.id AND m.user_id = $2::uuid) AS my_role,
              EXISTS (SELECT 1 FROM follows f
                WHERE f.follower_id = $2::uuid AND f.target_type = 'organisation'
                  AND f.target_id = o.id::text) AS followed_by_me
         FROM organisations o
        WHERE o.slug = lower($1)`,
      [slug, viewerId],
    );
    return rows[0] ?? null;
  }

  /** Inserts the organisation and its creator as owner in one transaction; returns its id. */
  create(fields: Partial<OrganisationFields>, creatorId: string): Promise<string> {
    return this.dataSource.transaction(async (tx) => {
      const { columns, values } = columnsOf(fields);
      const placeholders = values.map((_, index) => `$${index + 2}`);
      const rows: { id: string }[] = await tx.query(
        `INSERT INTO organisations (created_by, ${columns.join(', ')})
         VALUES ($1, ${placeholders.join(', ')}) RETURNING id`,
        [creatorId, ...values],
      );
      const id = rows[0]?.id as string;
      await tx.query(`INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, 'owner')`, [
        id,
        creatorId,
      ]);
      return id;
    });
  }

  async update(id: string, fields: Partial<OrganisationFields>): Promise<void> {
    const { columns, values } = columnsOf(fields);
    if (columns.length === 0) return;
    const assignments = columns.map((column, index) => `${column} = $${index + 2}`);
    await this.dataSource.query(
      `UPDATE organisations SET ${assignments.join(', ')}, updated_at = now() WHERE id = $1`,
      [id, ...values],
    );
  }

  /** Sets the logo and returns the key it replaced, read under the same row lock. */
  async replaceLogo(id: string, logoKey: string | null): Promise<string | null> {
    // TypeORM answers an UPDATE with its rows and the number it changed.
    const [rows]: [{ previous: string | null }[], number] = await this.dataSource.query(
      `UPDATE organisations o SET logo_key = $2, updated_at = now()
         FROM (SELECT id, logo_key FROM organisations WHERE id = $1 FOR UPDATE) prev
        WHERE o.id = prev.id
        RETURNING prev.logo_key AS previous`,
      [id, logoKey],
    );
    return rows[0]?.previous ?? null;
  }

  /**
   * One directory page, ordered by name: public organisations for everyone, members-only
   * ones for signed-in people, hidden ones only for their own members.
   */
  findDirectoryPage(
    viewerId: string | null,
    filters: DirectoryFilters,
    after: readonly [string, string] | undefined,
    limit: number,
  ): Promise<OrganisationSummaryRow[]> {
    const parameters = new QueryParameters(viewerId);
    const param = (value: unknown) => parameters.add(value);
    const where = [organisationVisibleSql('o', '$1')];
    if (filters.q) where.push(`o.name ILIKE ${param(containsPattern(filters.q))}`);
    if (filters.kind) where.push(`o.kind = ${param(filters.kind)}`);
    if (filters.country) where.push(`o.country = ${param(filters.country)}`);
    if (filters.topic) where.push(`o.topics @> ARRAY[${param(filters.topic)}::text]`);
    if (filters.offers) where.push(`o.offers @> ARRAY[${param(filters.offers)}::text]`);
    if (filters.needs) where.push(`o.needs @> ARRAY[${param(filters.needs)}::text]`);
    if (after) where.push(`(o.sort_name, o.id) > (${param(after[0])}, ${param(after[1])}::uuid)`);
    return this.dataSource.query(
      `SELECT o.id, o.slug, o.name, o.sort_name, o.kind, o.country, o.topics, o.offers, o.needs, o.logo_key,
              ${memberCountSql('o', '$1')} AS member_count
         FROM organisations o
        WHERE ${where.join(' AND ')}
        ORDER BY o.sort_name, o.id
        LIMIT ${param(limit + 1)}`,
      parameters.values,
    );
  }

  /** The organisation at this slug whatever its state, for moderation. */
  async findForModeration(
    slug: string,
  ): Promise<{ slug: string; name: string; created_by: string | null } | null> {
    const rows = await this.dataSource.query(
      'SELECT slug, name, created_by FROM organisations WHERE slug = lower($1)',
      [slug],
    );
    return rows[0] ?? null;
  }

  /** Hides the organisation from everyone but its members, with the reason; null shows it again. */
  async setHidden(slug: string, reason: string | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE organisations SET hidden_at = CASE WHEN $2::text IS NULL THEN NULL ELSE now() END,
              hidden_reason = $2 WHERE slug = lower($1)`,
      [slug, reason],
    );
  }

  /** Serialises changes to one organisation's members and invitations. */
  async lockForMembershipChange(tx: EntityManager, organisationId: string): Promise<void> {
    await tx.query('SELECT 1 FROM organisations WHERE id = $1 FOR UPDATE', [organisationId]);
  }

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}

function columnsOf(fields: Partial<OrganisationFields>) {
  const entries = (Object.keys(COLUMNS) as (keyof OrganisationFields)[]).filter(
    (key) => fields[key] !== undefined,
  );
  return { columns: entries.map((key) => COLUMNS[key]), values: entries.map((key) => fields[key]) };
}
