import { Injectable } from '@nestjs/common';
import type { ActivityVerb, FeedReason } from '@open-spaces/contracts';
import { DataSource } from 'typeorm';
import type { ContentAuthorColumns } from '../../common/content/content-author';
import { queryWithGenericPlan } from '../../common/sql/generic-plan-query';
import { activityVisibleSql, contentPersonShownSql } from '../../common/visibility/content-visibility';
import { organisationVisibleSql } from '../../common/visibility/follow-counts';
import { accountActiveSql, profileListedSql } from '../../common/visibility/profile-visibility';
import { type FeedObjectType, FeedSources } from './feed-sources';

/** Newest first (paging back) or oldest first (catching up after a position). */
export type FeedDirection = 'older' | 'newer';

export interface FeedRow extends ContentAuthorColumns {
  id: string;
  verb: ActivityVerb;
  object_type: FeedObjectType;
  object_id: string;
  created_at: Date;
  reasons: FeedReason[];
}

/** A page of feed rows and the newest activity id of the snapshot they were read in. */
export interface FeedPageRows {
  /** Null only while the log is empty. */
  latestId: string | null;
  rows: FeedRow[];
}

interface RoundColumns {
  latest_id: string | null;
  window_size: number;
  window_end: string | null;
  activity_id: string | null;
}

interface FeedRound extends FeedPageRows {
  /** How many candidates the round looked at, and the last of them in the page's order. */
  windowSize: number;
  windowEnd: string | null;
}

/** The first round's candidates: a page's worth, twice over, for the ones the rules drop. */
const FIRST_WINDOW = 32;
/** The most candidates one round reads; a round that finds too few asks for four times more. */
const MAX_WINDOW = 4_096;

/**
 * The verbs that make an item. `updated` and `archived` do not: an item shows its object as
 * it is now, so an edit shows in the item already there, and archived objects leave the feed.
 */
// The partial indexes of migration 1765300000000 and the activity_topics trigger list the same verbs.
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
 * person (`activities_actor_news_idx`), per followed or own organisation
 * (`activities_organisation_news_idx`) and per followed topic (`activity_topics`), merged by id
 * into a window of candidates, and the feed's rules applied to that window alone. No scan of
 * the whole log, however large it grows, and the rules run on a page's worth of activities
 * rather than on a page per source; the cost follows how many sources the viewer has and how
 * many of their activities the viewer may not see.
 */
@Injectable()
export class FeedRepository {
  private readonly roundTexts = new Map<'newest' | FeedDirection, string>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly sources: FeedSources,
  ) {}

  /**
   * Up to `limit` items strictly before (`older`) or after (`newer`) the activity id
   * `cursor` (or the newest when null), ordered in that direction, with the newest activity
   * id of the snapshot in which the last stretch of the log was read.
   *
   * Read in rounds: each takes the next `window` candidates of the merged sources (cheap,
   * along the indexes) and applies the feed's rules to those alone. Most candidates pass,
   * so one round is the rule; a viewer whose sources post much they may not see takes a few
   * more, each window four times the last. Ids are given out in commit order, so a stretch
   * read in one round's snapshot holds everything it will ever hold, and the rounds together
   * miss nothing.
   */
  async findPage(
    viewerId: string,
    direction: FeedDirection,
    cursor: string | null,
    limit: number,
  ): Promise<FeedPageRows> {
    const rows: FeedRow[] = [];
    let from = cursor;
    let window = Math.max(FIRST_WINDOW, 2 * limit);
    for (;;) {
      const round = await this.readRound(viewerId, direction, from, limit - rows.length, window);
      rows.push(...round.rows);
      if (rows.length >= limit || round.windowEnd === null || round.windowSize < window)
        return { latestId: round.latestId, rows };
      from = round.windowEnd;
      window = Math.min(window * 4, MAX_WINDOW);
    }
  }

  private async readRound(
    viewerId: string,
    direction: FeedDirection,
    cursor: string | null,
    limit: number,
    window: number,
  ): Promise<FeedRound> {
    const from = cursor === null ? 'newest' : direction;
    const values = [viewerId, limit, window, ...(cursor === null ? [] : [cursor])];
    const result = await queryWithGenericPlan<Omit<FeedRow, 'id'> & RoundColumns & { id: string | null }>(
      this.dataSource,
      this.roundSql(from),
      values,
    );
    const first = result[0];
    return {
      latestId: first?.latest_id ?? null,
      windowSize: first?.window_size ?? 0,
      windowEnd: first?.window_end ?? null,
      rows: result.flatMap(({ latest_id, window_size, window_end, activity_id, id, ...row }) =>
        id === null ? [] : [{ ...row, id }],
      ),
    };
  }

  /**
   * One round's SQL: $1 the viewer, $2 how many items, $3 how many candidates, $4 the
   * position to read from (none for the newest). A text per way of reading, each with its
   * own range condition, so that every plan bounds its index scans by the position; built
   * once, since the feed sources are all registered at start-up.
   */
  private roundSql(from: 'newest' | FeedDirection): string {
    const known = this.roundTexts.get(from);
    if (known) return known;
    const order = from === 'newer' ? 'ASC' : 'DESC';
    const range = (column: string) =>
      from === 'newest' ? 'true' : from === 'older' ? `${column} < $4::bigint` : `${column} > $4::bigint`;
    const text = `WITH ${SOURCES},
       walks AS (
         SELECT c.id FROM followed_people s CROSS JOIN LATERAL (
           SELECT a.id FROM activities a
            WHERE a.actor_id = s.id AND ${range('a.id')} AND a.verb IN ${FEED_VERBS}
            ORDER BY a.id ${order} LIMIT $3) c
         UNION
         SELECT c.id FROM (SELECT id FROM followed_organisations UNION SELECT id FROM member_of) s
           CROSS JOIN LATERAL (
           SELECT a.id FROM activities a
            WHERE a.organisation_id = s.id AND ${range('a.id')} AND a.verb IN ${FEED_VERBS}
            ORDER BY a.id ${order} LIMIT $3) c
         UNION
         SELECT c.id FROM followed_topics s CROSS JOIN LATERAL (
           SELECT t.activity_id AS id FROM activity_topics t
            WHERE t.topic = s.topic AND ${range('t.activity_id')}
            ORDER BY t.activity_id ${order} LIMIT $3) c),
       window_ids AS MATERIALIZED (SELECT id FROM walks ORDER BY id ${order} LIMIT $3),
       page AS (
         SELECT a.id FROM window_ids w JOIN activities a ON a.id = w.id
          WHERE ${this.itemSql('a')}
          ORDER BY a.id ${order} LIMIT $2)
       SELECT latest.id AS latest_id, edge.window_size, edge.window_end, f.*
         FROM (SELECT max(id)::text AS id FROM activities) latest
        CROSS JOIN (SELECT count(*)::int AS window_size,
                           ${order === 'ASC' ? 'max' : 'min'}(id)::text AS window_end FROM window_ids) edge
         LEFT JOIN (
           SELECT a.id AS activity_id, a.id::text AS id, a.verb, a.object_type, a.object_id, a.created_at,
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
        ORDER BY f.activity_id ${order}`;
    this.roundTexts.set(from, text);
    return text;
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
