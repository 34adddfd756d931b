import { Injectable } from '@nestjs/common';
import type { ActivityVerb, FeedReason } from '@open-spaces/contracts';
import { DataSource } from 'typeorm';
import type { ContentAuthorColumns } from '../../common/content/content-author';
import { activityVisibleSql, contentPersonShownSql } from '../../common/visibility/content-visibility';
import { organisationVisibleSql } from '../../common/visibility/follow-counts';
import { accountActiveSql, profileListedSql } from '../../common/visibility/profile-visibility';
import { type FeedObjectType, FeedSources } from './feed-sources';

/** Newest first (paging back) or oldest first (catching up after a position). */
export type FeedDirection = 'older' | 'newer';

export interface FeedRow extends ContentAuthorColumns {
  /** The newest activity id at the time of the query (the same snapshot as the rows). */
  latest_id: string | null;
  /** Null on the one row of an empty page, which carries `latest_id` only. */
  id: string | null;
  verb: ActivityVerb;
  object_type: FeedObjectType;
  object_id: string;
  created_at: Date;
  reasons: FeedReason[];
}

/**
 * The verbs that make an item. `updated` and `archived` do not: an item shows its object as
 * it is now, so an edit shows in the item already there, and archived objects leave the feed.
 */
const FEED_VERBS = `('published', 'postponed', 'cancelled')`;

/**
 * What the viewer ($1) follows and belongs to, read once per query. People count only while
 * the viewer may list them and their account is active, organisations while the viewer may
 * see them: their content would not be visible otherwise, and a hidden person's name is never
 * a reason.
 */
const SOURCES = `
  followed_people AS MATERIALIZED (
    SELECT fp.user_id AS id
      FROM follows f
      JOIN profiles fp ON fp.user_id = CASE WHEN f.target_type = 'profile' THEN f.target_id::uuid END
     WHERE f.follower_id = $1 AND f.target_type = 'profile'
       AND ${profileListedSql('fp', '$1')} AND ${accountActiveSql('fp.user_id')}),
  followed_organisations AS MATERIALIZED (
    SELECT fo.id
      FROM follows f
      JOIN organisations fo ON fo.id = CASE WHEN f.target_type = 'organisation' THEN f.target_id::uuid END
     WHERE f.follower_id = $1 AND f.target_type = 'organisation' AND ${organisationVisibleSql('fo', '$1')}),
  member_of AS MATERIALIZED (
    SELECT m.organisation_id AS id FROM memberships m WHERE m.user_id = $1),
  followed_topics AS MATERIALIZED (
    SELECT f.target_id AS topic FROM follows f WHERE f.follower_id = $1 AND f.target_type = 'topic')`;

/** Does activity `n` come from something the viewer follows or belongs to? */
function fromSourcesSql(n: string): string {
  return `(${n}.actor_id IN (SELECT id FROM followed_people)
    OR ${n}.organisation_id IN (SELECT id FROM followed_organisations)
    OR ${n}.organisation_id IN (SELECT id FROM member_of)
    OR ${n}.topics && ARRAY(SELECT topic FROM followed_topics))`;
}

/**
 * Reads the home feed along the activity log's indexes: one bounded index scan per followed
 * person (`activities_actor_idx`), per followed or own organisation
 * (`activities_organisation_idx`) and per followed topic (`activity_topics`), each stopping
 * after a page of items that pass every rule, merged by id. No scan of the whole log, however
 * large it grows; the cost follows how many sources the viewer has and how many of their
 * activities the viewer may not see.
 */
@Injectable()
export class FeedRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sources: FeedSources,
  ) {}

  /**
   * Up to `limit` items strictly before (`older`) or after (`newer`) the activity id
   * `cursor` (or the newest when null), ordered in that direction, with the newest activity id.
   */
  findPage(
    viewerId: string,
    direction: FeedDirection,
    cursor: string | null,
    limit: number,
  ): Promise<FeedRow[]> {
    const order = direction === 'older' ? 'DESC' : 'ASC';
    const range = (column: string) =>
      direction === 'older' ? `($2::bigint IS NULL OR ${column} < $2::bigint)` : `${column} > $2::bigint`;
    const item = (a: string) => this.itemSql(a);
    return this.dataSource
      .query(
        `WITH ${SOURCES},
       candidates AS (
         SELECT c.id FROM followed_people s CROSS JOIN LATERAL (
           SELECT a.id FROM activities a
            WHERE a.actor_id = s.id AND ${range('a.id')} AND ${item('a')}
            ORDER BY a.id ${order} LIMIT $3) c
         UNION
         SELECT c.id FROM (SELECT id FROM followed_organisations UNION SELECT id FROM member_of) s
           CROSS JOIN LATERAL (
           SELECT a.id FROM activities a
            WHERE a.organisation_id = s.id AND ${range('a.id')} AND ${item('a')}
            ORDER BY a.id ${order} LIMIT $3) c
         UNION
         SELECT c.id FROM followed_topics s CROSS JOIN LATERAL (
           SELECT t.activity_id AS id FROM activity_topics t JOIN activities a ON a.id = t.activity_id
            WHERE t.topic = s.topic AND ${range('t.activity_id')} AND ${item('a')}
            ORDER BY t.activity_id ${order} LIMIT $3) c),
       page AS (SELECT id FROM candidates ORDER BY id ${order} LIMIT $3)
       SELECT latest.id AS latest_id, f.*
         FROM (SELECT max(id)::text AS id FROM activities) latest
         LEFT JOIN (
           SELECT a.id, a.id::text AS id_text, a.verb, a.object_type, a.object_id, a.created_at,
                  CASE WHEN ${contentPersonShownSql('ap', '$1')} THEN ap.handle END AS author_handle,
                  CASE WHEN ${contentPersonShownSql('ap', '$1')} THEN au.display_name END AS author_name,
                  CASE WHEN ${contentPersonShownSql('ap', '$1')} THEN ap.avatar_key END AS author_avatar_key,
                  o.slug AS organisation_slug, o.name AS organisation_name, o.kind AS organisation_kind,
                  o.logo_key AS organisation_logo_key,
                  ${reasonsSql('a', 'ap', 'au', 'o')} AS reasons
             FROM page JOIN activities a ON a.id = page.id
             JOIN profiles ap ON ap.user_id = a.actor_id
             JOIN users au ON au.id = a.actor_id
             LEFT JOIN organisations o ON o.id = a.organisation_id) f ON true
        ORDER BY f.id ${order}`,
        [viewerId, cursor, limit + 1],
      )
      .then((rows: (FeedRow & { id_text: string | null })[]) =>
        rows.map(({ id_text, ...row }) => ({ ...row, id: id_text })),
      );
  }

  /**
   * Is activity `a` an item of the viewer's feed (its source aside)? A feed verb, by someone
   * else whose account is active, visible to the viewer, about an object the viewer may see
   * now, and the newest such activity of its object that reaches the viewer: an object is
   * in the feed once, at its latest news (a cancellation replaces the announcement).
   */
  private itemSql(a: string): string {
    const later = `n_${a}`;
    return `(${this.newsSql(a)}
      AND ${this.objectVisibleSql(a)}
      AND NOT EXISTS (SELECT 1 FROM activities ${later}
            WHERE ${later}.object_type = ${a}.object_type AND ${later}.object_id = ${a}.object_id
              AND ${later}.id > ${a}.id AND ${this.newsSql(later)} AND ${fromSourcesSql(later)}))`;
  }

  /** A feed verb, by someone else whose account is active, that the viewer may see. */
  private newsSql(a: string): string {
    return `(${a}.verb IN ${FEED_VERBS} AND ${a}.actor_id <> $1::uuid
      AND ${accountActiveSql(`${a}.actor_id`)} AND ${activityVisibleSql(a, '$1')})`;
  }

  /** The object's own module says whether the viewer may see it now. */
  private objectVisibleSql(a: string): string {
    const cases = this.sources
      .all()
      .map((source) => `WHEN '${source.type}' THEN ${source.visibleSql(`${a}.object_id`, '$1')}`);
    return `(CASE ${a}.object_type ${cases.join(' ')} ELSE false END)`;
  }
}

/**
 * Why the item is in the feed, as a JSON array: the followed person (shown only when the
 * viewer may list them), the followed organisation, the viewer's own organisation (instead of
 * the follow when both), and every followed topic, named in the viewer's language.
 */
function reasonsSql(a: string, profile: string, user: string, organisation: string): string {
  return `(SELECT coalesce(json_agg(json_build_object('kind', r.kind, 'label', r.label, r.key_name, r.key)
                                    ORDER BY r.rank, r.label), '[]'::json)
     FROM (
       SELECT 1 AS rank, 'person' AS kind, ${user}.display_name AS label, 'handle' AS key_name,
              ${profile}.handle AS key
        WHERE ${a}.actor_id IN (SELECT id FROM followed_people)
       UNION ALL
       SELECT 2, 'member_of', ${organisation}.name, 'slug', ${organisation}.slug
        WHERE ${a}.organisation_id IN (SELECT id FROM member_of)
       UNION ALL
       SELECT 2, 'organisation', ${organisation}.name, 'slug', ${organisation}.slug
        WHERE ${a}.organisation_id IN (SELECT id FROM followed_organisations)
          AND ${a}.organisation_id NOT IN (SELECT id FROM member_of)
       UNION ALL
       SELECT 3, 'topic', coalesce(tp.names->>(SELECT locale FROM users WHERE id = $1), tp.names->>'en', ft.topic),
              'topic', ft.topic
         FROM followed_topics ft LEFT JOIN topics tp ON tp.slug = ft.topic
        WHERE ft.topic = ANY(${a}.topics)) r)`;
}
