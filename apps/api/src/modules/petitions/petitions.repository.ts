import { Injectable } from '@nestjs/common';
import type { OrganisationKind, OrganisationRole, PetitionState } from '@open-spaces/contracts';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import type { TimeIdPosition } from '../../common/pagination/cursor';
import { setModeratorHidden } from '../../common/sql/moderator-hidden';
import { QueryParameters } from '../../common/sql/query-parameters';
import { contentAuthorVisibleSql, contentPersonShownSql } from '../../common/visibility/content-visibility';
import { accountActiveSql } from '../../common/visibility/profile-visibility';
import { PetitionEntity } from './entities/petition.entity';

/** A petition with who started it, as the viewer may see them. */
export interface PetitionSummaryRow {
  id: string;
  title: string;
  addressee: string;
  goal: number;
  signature_count: number;
  closed_count: number | null;
  deadline: Date;
  state: PetitionState;
  topics: string[];
  countries: string[];
  language: string;
  opened_at: Date | null;
  created_at: Date;
  cursor_at: string;
  author_id: string;
  organisation_id: string | null;
  author_handle: string;
  author_name: string;
  author_avatar_key: string | null;
  author_shown: boolean;
  organisation_slug: string | null;
  organisation_name: string | null;
  organisation_kind: OrganisationKind | null;
  organisation_logo_key: string | null;
}

export interface PetitionRow extends PetitionSummaryRow {
  text: string;
  text_html: string;
  response: string | null;
  response_html: string | null;
  closed_at: Date | null;
  delivered_at: Date | null;
  hidden_at: Date | null;
  hidden_reason: string | null;
  my_organisation_role: OrganisationRole | null;
  my_show_name: boolean | null;
  my_share_contact: boolean | null;
  my_signed_at: Date | null;
}

export interface PetitionFilters {
  topic?: string;
  country?: string;
  state?: PetitionState;
}

const MANAGING_ROLES = `('owner', 'admin', 'editor')`;

/**
 * May the viewer see the petition? Its author's visibility (blocks, hidden profiles and
 * organisations), its author not suspended, a moderator's hiding, and drafts: all of these
 * except blocks give way for the author; drafts are seen by the author and the
 * organisation's editors only. `p` is the petition, `viewer` the viewer's id parameter.
 */
export function petitionVisibleSql(viewer: string): string {
  return `(${contentAuthorVisibleSql('p.author_id', 'p.organisation_id', viewer)}
    AND (p.author_id = ${viewer}::uuid OR (p.hidden_at IS NULL AND ${accountActiveSql('p.author_id')}))
    AND (p.state <> 'draft' OR p.author_id = ${viewer}::uuid OR EXISTS (
          SELECT 1 FROM memberships pm WHERE pm.organisation_id = p.organisation_id
             AND pm.user_id = ${viewer}::uuid AND pm.role IN ${MANAGING_ROLES})))`;
}

/** May the viewer see the petition with this id in a feed: opened, not hidden, author active and visible. */
export function petitionInFeedSql(objectId: string, viewer: string): string {
  return `EXISTS (SELECT 1 FROM petitions fp
     WHERE fp.id = ${objectId} AND fp.state <> 'draft' AND fp.hidden_at IS NULL
       AND ${accountActiveSql('fp.author_id')}
       AND ${contentAuthorVisibleSql('fp.author_id', 'fp.organisation_id', viewer)})`;
}

const SUMMARY_COLUMNS = `p.id, p.title, p.addressee, p.goal, p.signature_count, p.closed_count, p.deadline,
  p.state, p.topics, p.countries, p.language, p.opened_at, p.created_at`;

function authorColumnsSql(viewer: string): string {
  return `p.author_id, p.organisation_id, ap.handle AS author_handle, au.display_name AS author_name,
    ap.avatar_key AS author_avatar_key,
    (p.organisation_id IS NULL OR ${contentPersonShownSql('ap', viewer)}) AS author_shown,
    o.slug AS organisation_slug, o.name AS organisation_name, o.kind AS organisation_kind,
    o.logo_key AS organisation_logo_key`;
}

const AUTHOR_JOINS = `JOIN users au ON au.id = p.author_id
  JOIN profiles ap ON ap.user_id = p.author_id
  LEFT JOIN organisations o ON o.id = p.organisation_id`;

@Injectable()
export class PetitionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The country of the organisation that started the petition, or else of its author's profile. */
  async homeCountry(id: string): Promise<string | null> {
    const rows: { country: string | null }[] = await this.dataSource.query(
      `SELECT COALESCE(o.country, pr.country) AS country
         FROM petitions p LEFT JOIN organisations o ON o.id = p.organisation_id
         LEFT JOIN profiles pr ON pr.user_id = p.author_id
        WHERE p.id = $1`,
      [id],
    );
    return rows[0]?.country ?? null;
  }

  /** The petition with what it is to the viewer, if the viewer may see it. */
  async findForViewer(id: string, viewerId: string | null): Promise<PetitionRow | null> {
    const rows: PetitionRow[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, p.opened_at::text AS cursor_at, ${authorColumnsSql('$2')},
              p.text, p.text_html, p.response, p.response_html, p.closed_at, p.delivered_at,
              p.hidden_at, p.hidden_reason,
              (SELECT m.role FROM memberships m
                WHERE m.organisation_id = p.organisation_id AND m.user_id = $2::uuid) AS my_organisation_role,
              s.show_name AS my_show_name, s.share_contact AS my_share_contact, s.confirmed_at AS my_signed_at
         FROM petitions p ${AUTHOR_JOINS}
         LEFT JOIN petition_signatures s
           ON s.petition_id = p.id AND s.user_id = $2::uuid AND s.status = 'confirmed'
        WHERE p.id = $1 AND ${petitionVisibleSql('$2')}`,
      [id, viewerId],
    );
    return rows[0] ?? null;
  }

  /** One page of opened petitions, newest first, keyset by (opened_at, id). */
  findPage(
    viewerId: string | null,
    filters: PetitionFilters,
    after: TimeIdPosition | undefined,
    limit: number,
  ): Promise<PetitionSummaryRow[]> {
    const parameters = new QueryParameters(viewerId);
    const param = (value: unknown) => parameters.add(value);
    const where = [`p.state <> 'draft'`];
    if (filters.state) where.push(`p.state = ${param(filters.state)}`);
    if (filters.topic) where.push(`p.topics @> ARRAY[${param(filters.topic)}::text]`);
    if (filters.country) where.push(`p.countries @> ARRAY[${param(filters.country)}::text]`);
    if (after) {
      where.push(`(p.opened_at, p.id) < (${param(after.at)}::timestamptz, ${param(after.id)}::uuid)`);
    }
    where.push(petitionVisibleSql('$1'));
    return this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, p.opened_at::text AS cursor_at, ${authorColumnsSql('$1')}
         FROM petitions p ${AUTHOR_JOINS}
        WHERE ${where.join(' AND ')}
        ORDER BY p.opened_at DESC, p.id DESC
        LIMIT ${param(limit + 1)}`,
      parameters.values,
    );
  }

  /** One page of the viewer's own petitions, drafts included, newest first by (created_at, id). */
  findOwnPage(
    viewerId: string,
    after: TimeIdPosition | undefined,
    limit: number,
  ): Promise<PetitionSummaryRow[]> {
    const parameters = new QueryParameters(viewerId);
    const param = (value: unknown) => parameters.add(value);
    const keyset = after
      ? `AND (p.created_at, p.id) < (${param(after.at)}::timestamptz, ${param(after.id)}::uuid)`
      : '';
    return this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, p.created_at::text AS cursor_at, ${authorColumnsSql('$1')}
         FROM petitions p ${AUTHOR_JOINS}
        WHERE p.author_id = $1 ${keyset}
        ORDER BY p.created_at DESC, p.id DESC
        LIMIT ${param(limit + 1)}`,
      parameters.values,
    );
  }

  /** Those of these petitions the viewer may see opened and not hidden, for the feed. */
  findVisibleByIds(viewerId: string, ids: string[]): Promise<PetitionSummaryRow[]> {
    return this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, p.opened_at::text AS cursor_at, ${authorColumnsSql('$1')}
         FROM petitions p ${AUTHOR_JOINS}
        WHERE p.id = ANY($2::uuid[]) AND p.state <> 'draft' AND p.hidden_at IS NULL
          AND ${petitionVisibleSql('$1')}`,
      [viewerId, ids],
    );
  }

  /** The newest opened petitions anyone may see, for the public feed and nothing else. */
  findNewestPublic(limit: number): Promise<PetitionRow[]> {
    return this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, p.opened_at::text AS cursor_at, ${authorColumnsSql('NULL')},
              p.text, p.text_html, p.response, p.response_html, p.closed_at, p.delivered_at
         FROM petitions p ${AUTHOR_JOINS}
        WHERE p.state <> 'draft' AND ${petitionVisibleSql('NULL')}
        ORDER BY p.opened_at DESC, p.id DESC
        LIMIT $1`,
      [limit],
    );
  }

  /** The signature a token belongs to, locked for its confirmation. */
  /** Records milestones reached; returns those not recorded before. */
  /** The entity's repository, for the simple writes of drafts. */
  entities(): Repository<PetitionEntity> {
    return this.dataSource.getRepository(PetitionEntity);
  }

  /** Opens a draft whose deadline is still ahead; false when it is not (or no longer) one. */
  async openDraft(tx: EntityManager, petitionId: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await tx.query(
      `UPDATE petitions SET state = 'open', opened_at = now(), updated_at = now()
        WHERE id = $1 AND state = 'draft' AND deadline > now() RETURNING id`,
      [petitionId],
    );
    return rows.length > 0;
  }

  /** Publishes the response to a closed petition; false when it is not closed. */
  async deliver(petitionId: string, response: string, responseHtml: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.dataSource.query(
      `UPDATE petitions SET state = 'delivered', response = $2, response_html = $3, delivered_at = now(),
              updated_at = now()
        WHERE id = $1 AND state = 'closed' RETURNING id`,
      [petitionId, response, responseHtml],
    );
    return rows.length > 0;
  }

  /** Closes an open petition, keeping the count at that moment. */
  async close(petitionId: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.dataSource.query(
      `UPDATE petitions SET state = 'closed', closed_at = now(), closed_count = signature_count,
              updated_at = now()
        WHERE id = $1 AND state = 'open' RETURNING id`,
      [petitionId],
    );
    return rows.length > 0;
  }

  /** Closes every open petition whose deadline is at or before `now`. */
  async closeDue(now: Date): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await this.dataSource.query(
      `UPDATE petitions SET state = 'closed', closed_at = now(), closed_count = signature_count,
              updated_at = now()
        WHERE state = 'open' AND deadline <= $1 RETURNING id`,
      [now],
    );
    return rows.map((row) => row.id);
  }

  /** Drops pending signatures whose link has expired. */
  /** Open petitions the person started or signed, that they may still see, for their calendar feed. */
  openPetitionsOf(userId: string): Promise<PetitionRow[]> {
    return this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, p.opened_at::text AS cursor_at, ${authorColumnsSql('$1')},
              p.text, p.text_html, p.response, p.response_html, p.closed_at, p.delivered_at
         FROM petitions p ${AUTHOR_JOINS}
        WHERE p.state = 'open' AND ${petitionVisibleSql('$1')}
          AND (p.author_id = $1 OR EXISTS (SELECT 1 FROM petition_signatures s
                WHERE s.petition_id = p.id AND s.user_id = $1 AND s.status = 'confirmed'))
        ORDER BY p.deadline`,
      [userId],
    );
  }

  /** Signers who chose to be named, newest first, keyset by (confirmed_at, id); suspended accounts left out. */
  /** Every confirmed signature in the order they came, for the author's export. */
  setHidden(id: string, reason: string | null): Promise<void> {
    return setModeratorHidden(this.dataSource, 'petitions', id, reason);
  }

  async describe(id: string): Promise<{ title: string; author_id: string } | null> {
    const rows: { title: string; author_id: string }[] = await this.dataSource.query(
      'SELECT title, author_id FROM petitions WHERE id = $1',
      [id],
    );
    return rows[0] ?? null;
  }

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
