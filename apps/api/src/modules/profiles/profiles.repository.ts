import { Injectable } from '@nestjs/common';
import type { ProfileLink, Visibility } from '@open-spaces/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../common/errors/database-errors';
import { containsPattern, QueryParameters } from '../../common/sql/query-parameters';
import { followerCountSql, followingCountSql } from '../../common/visibility/follow-counts';
import { profileListedSql, profileViewableSql } from '../../common/visibility/profile-visibility';
import {
  acceptsContactRequestsSql,
  type ProfileSummaryRow,
  profileSummaryColumnsSql,
} from './profile-summary';

/** Follows of people point at the followed account's id (handles change, ids do not). */
export const PROFILE_FOLLOW_TYPE = 'profile';

export interface ProfileRow {
  user_id: string;
  handle: string;
  display_name: string;
  headline: string;
  bio: string;
  bio_html: string;
  country: string | null;
  city: string | null;
  city_visible: boolean;
  languages: string[];
  topics: string[];
  skills: string[];
  offers: string[];
  needs: string[];
  links: ProfileLink[];
  avatar_key: string | null;
  open_to_press: boolean;
  press_topics: string[];
  press_languages: string[];
  accepts_contact_requests: boolean;
  visibility: Visibility;
  onboarded: boolean;
  hidden_at: Date | null;
  hidden_reason: string | null;
  follower_count: number;
  following_count: number;
  followed_by_me: boolean;
}

export interface SummaryRow extends ProfileSummaryRow {
  user_id: string;
  sort_name: string;
}

/** Columns of `profiles` a PATCH may set, with their values already checked and converted. */
export interface ProfileChanges {
  handle?: string;
  headline?: string;
  bio?: string;
  bio_html?: string;
  country?: string | null;
  city?: string | null;
  city_visible?: boolean;
  languages?: string[];
  topics?: string[];
  skills?: string[];
  offers?: string[];
  needs?: string[];
  links?: ProfileLink[];
  open_to_press?: boolean;
  press_topics?: string[];
  press_languages?: string[];
  accepts_contact_requests?: boolean;
  visibility?: Visibility;
  onboarded?: boolean;
}

export interface DirectoryFilters {
  q?: string;
  topic?: string;
  country?: string;
  language?: string;
  offers?: string;
  needs?: string;
  openToPress?: boolean;
}

export interface ExpertFilters {
  q?: string;
  pressTopic?: string;
  language?: string;
  country?: string;
}

export interface ExpertRow extends SummaryRow {
  press_topics: string[];
  press_languages: string[];
  accepts_contact_requests: boolean;
}

export type UpdateResult = { status: 'updated' } | { status: 'handle_taken' };

/**
 * The whole profile with counts; `$1` is the profile's key, `$2` the viewer (or NULL). The
 * counts are the lists' lengths as this viewer sees them: hidden, members-only (for anonymous
 * visitors) and blocked people, and organisations the viewer may not see, are not counted.
 */
const profileSelect = (where: string) => `
  SELECT p.user_id, p.handle, u.display_name, p.headline, p.bio, p.bio_html, p.country, p.city,
         p.city_visible, p.languages, p.topics, p.skills, p.offers, p.needs, p.links, p.avatar_key,
         p.open_to_press, p.press_topics, p.press_languages,
         ${acceptsContactRequestsSql('p')} AS accepts_contact_requests, p.visibility,
         p.onboarded_at IS NOT NULL AS onboarded, p.hidden_at, p.hidden_reason,
         ${followerCountSql(`'${PROFILE_FOLLOW_TYPE}'`, 'counted.user_id::text', '$2')} AS follower_count,
         ${followingCountSql('counted.user_id', '$2')} AS following_count,
         ($2::uuid IS NOT NULL AND EXISTS (SELECT 1 FROM follows f
           WHERE f.follower_id = $2::uuid AND f.target_type = '${PROFILE_FOLLOW_TYPE}'
             AND f.target_id = p.user_id::text)) AS followed_by_me
    FROM profiles p JOIN users u ON u.id = p.user_id
         -- The counts' own subqueries name their rows p too; this name stays the outer profile.
         CROSS JOIN LATERAL (SELECT p.user_id) counted
   WHERE ${where}`;

@Injectable()
export class ProfilesRepository {
  constructor(private readonly db: DataSource) {}

  async findOwn(userId: string): Promise<ProfileRow | null> {
    const rows = await this.db.query<ProfileRow[]>(profileSelect('p.user_id = $1'), [userId, userId]);
    return rows[0] ?? null;
  }

  /** The profile at this handle if the viewer may see it; null when missing or not visible alike. */
  async findViewableByHandle(
    handle: string,
    viewer: string | null,
    isAdmin: boolean,
  ): Promise<ProfileRow | null> {
    const rows = await this.db.query<ProfileRow[]>(
      profileSelect(`p.handle = $1 AND ${profileViewableSql('p', '$2', '$3')}`),
      [handle, viewer, isAdmin],
    );
    return rows[0] ?? null;
  }

  /** Where an old handle points now, if the viewer may see that profile. */
  async findCurrentHandleOfOld(
    oldHandle: string,
    viewer: string | null,
    isAdmin: boolean,
  ): Promise<string | null> {
    const rows = await this.db.query<{ handle: string }[]>(
      `SELECT p.handle FROM handle_redirects r JOIN profiles p ON p.user_id = r.user_id
        WHERE r.old_handle = $1 AND ${profileViewableSql('p', '$2', '$3')}`,
      [oldHandle, viewer, isAdmin],
    );
    return rows[0]?.handle ?? null;
  }

  async findUserIdByHandle(handle: string): Promise<string | null> {
    const rows = await this.db.query<{ user_id: string }[]>(
      'SELECT user_id FROM profiles WHERE handle = $1',
      [handle],
    );
    return rows[0]?.user_id ?? null;
  }

  /**
   * Applies a PATCH in one transaction. A new handle must be free and not kept by anyone
   * else as an old one; the old handle is kept so links to it redirect. Advisory locks on
   * both handles serialise two people racing for the same one.
   */
  async update(
    userId: string,
    changes: ProfileChanges,
    displayName: string | undefined,
  ): Promise<UpdateResult> {
    try {
      return await this.db.transaction(async (tx) => {
        if (changes.handle !== undefined) {
          const taken = await this.moveHandle(tx, userId, changes.handle);
          if (taken) return { status: 'handle_taken' } as const;
        }
        await this.setColumns(tx, userId, changes);
        if (displayName !== undefined)
          await tx.query('UPDATE users SET display_name = $2, updated_at = now() WHERE id = $1', [
            userId,
            displayName,
          ]);
        return { status: 'updated' } as const;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'profiles_handle_key')) return { status: 'handle_taken' };
      throw error;
    }
  }

  /** Sets a new avatar and returns the previous one's key, in one statement. */
  async replaceAvatar(userId: string, avatarKey: string | null): Promise<string | null> {
    const [rows] = await this.db.query<[{ previous: string | null }[], number]>(
      `UPDATE profiles p SET avatar_key = $2, updated_at = now()
         FROM (SELECT avatar_key FROM profiles WHERE user_id = $1 FOR UPDATE) previous
        WHERE p.user_id = $1
       RETURNING previous.avatar_key AS previous`,
      [userId, avatarKey],
    );
    return rows[0]?.previous ?? null;
  }

  /**
   * One page of the people directory, in name order, continuing after `after`. Hidden
   * profiles and blocked pairs never appear; members-only profiles only to signed-in viewers.
   */
  listDirectory(
    filters: DirectoryFilters,
    viewer: string | null,
    after: readonly [string, string] | undefined,
    take: number,
  ): Promise<SummaryRow[]> {
    const parameters = new QueryParameters(viewer);
    const param = (value: unknown) => parameters.add(value);
    const where = [profileListedSql('p', '$1')];
    if (filters.q !== undefined) {
      where.push(this.nameOrHeadlineSql(param(containsPattern(filters.q))));
    }
    const contains = { topic: 'topics', language: 'languages', offers: 'offers', needs: 'needs' } as const;
    for (const [filter, column] of Object.entries(contains) as [keyof typeof contains, string][]) {
      const value = filters[filter];
      if (value !== undefined) where.push(`p.${column} @> ARRAY[${param(value)}]::text[]`);
    }
    if (filters.country !== undefined) where.push(`p.country = ${param(filters.country)}`);
    if (filters.openToPress !== undefined) where.push(`p.open_to_press = ${param(filters.openToPress)}`);
    if (after) where.push(`(lower(u.display_name), u.id) > (${param(after[0])}, ${param(after[1])}::uuid)`);
    return this.db.query<SummaryRow[]>(
      `SELECT p.user_id, lower(u.display_name) AS sort_name, ${profileSummaryColumnsSql('$1')}
         FROM users u JOIN profiles p ON p.user_id = u.id
        WHERE ${where.join('\n          AND ')}
        ORDER BY lower(u.display_name), u.id
        LIMIT ${param(take)}`,
      parameters.values,
    );
  }

  /**
   * One page of the people open to press contact the viewer may list, in name order,
   * continuing after `after`; `language` is a language they give interviews in.
   */
  listExperts(
    filters: ExpertFilters,
    viewer: string | null,
    after: readonly [string, string] | undefined,
    take: number,
  ): Promise<ExpertRow[]> {
    const parameters = new QueryParameters(viewer);
    const param = (value: unknown) => parameters.add(value);
    const where = ['p.open_to_press', profileListedSql('p', '$1')];
    if (filters.q !== undefined) where.push(this.nameOrHeadlineSql(param(containsPattern(filters.q))));
    if (filters.pressTopic !== undefined)
      where.push(`p.press_topics @> ARRAY[${param(filters.pressTopic)}]::text[]`);
    if (filters.language !== undefined)
      where.push(`p.press_languages @> ARRAY[${param(filters.language)}]::text[]`);
    if (filters.country !== undefined) where.push(`p.country = ${param(filters.country)}`);
    if (after) where.push(`(lower(u.display_name), u.id) > (${param(after[0])}, ${param(after[1])}::uuid)`);
    return this.db.query<ExpertRow[]>(
      `SELECT p.user_id, lower(u.display_name) AS sort_name, ${profileSummaryColumnsSql('$1')},
              p.press_topics, p.press_languages, ${acceptsContactRequestsSql('p')} AS accepts_contact_requests
         FROM users u JOIN profiles p ON p.user_id = u.id
        WHERE ${where.join('\n          AND ')}
          AND u.suspended_at IS NULL
        ORDER BY lower(u.display_name), u.id
        LIMIT ${param(take)}`,
      parameters.values,
    );
  }

  /** People whose name or headline matches the ILIKE pattern in the parameter `pattern`. */
  private nameOrHeadlineSql(pattern: string): string {
    // Two lookups, each on its own trigram index; an OR across the join could use neither.
    return `u.id IN (SELECT id FROM users WHERE display_name ILIKE ${pattern}
                     UNION
                     SELECT user_id FROM profiles WHERE headline ILIKE ${pattern})`;
  }

  /** Returns true when the handle is not available to this person. */
  private async moveHandle(tx: EntityManager, userId: string, handle: string): Promise<boolean> {
    const [current] = await tx.query<{ handle: string }[]>(
      'SELECT handle FROM profiles WHERE user_id = $1 FOR UPDATE',
      [userId],
    );
    if (!current || current.handle === handle) return false;
    for (const key of [current.handle, handle].sort()) {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`handle:${key}`]);
    }
    const taken = await tx.query<unknown[]>(
      `SELECT 1 FROM profiles WHERE handle = $1 AND user_id <> $2
       UNION ALL
       SELECT 1 FROM handle_redirects WHERE old_handle = $1 AND user_id <> $2`,
      [handle, userId],
    );
    if (taken.length > 0) return true;
    await tx.query('DELETE FROM handle_redirects WHERE old_handle = $1 AND user_id = $2', [handle, userId]);
    await tx.query(
      'INSERT INTO handle_redirects (old_handle, user_id) VALUES ($1, $2) ON CONFLICT (old_handle) DO NOTHING',
      [current.handle, userId],
    );
    return false;
  }

  private async setColumns(tx: EntityManager, userId: string, changes: ProfileChanges): Promise<void> {
    const parameters = new QueryParameters(userId);
    const sets = ['updated_at = now()'];
    for (const [column, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      if (column === 'onboarded') {
        sets.push(value ? 'onboarded_at = coalesce(onboarded_at, now())' : 'onboarded_at = NULL');
        continue;
      }
      const placeholder = parameters.add(column === 'links' ? JSON.stringify(value) : value);
      sets.push(`${column} = ${placeholder}${column === 'links' ? '::jsonb' : ''}`);
    }
    await tx.query(`UPDATE profiles SET ${sets.join(', ')} WHERE user_id = $1`, parameters.values);
  }

  /** The person at this handle (or one they had) whatever the profile's state, for moderation. */
  async findForModeration(
    handle: string,
  ): Promise<{ user_id: string; handle: string; display_name: string } | null> {
    const rows = await this.db.query<{ user_id: string; handle: string; display_name: string }[]>(
      `SELECT p.user_id, p.handle, u.display_name FROM profiles p JOIN users u ON u.id = p.user_id
        WHERE p.handle = lower($1)
           OR p.user_id = (SELECT r.user_id FROM handle_redirects r WHERE r.old_handle = lower($1))`,
      [handle],
    );
    return rows[0] ?? null;
  }

  /** Hides the profile from everyone but its owner and site admins; null shows it again. */
  async setHiddenByModerator(userId: string, reason: string | null): Promise<void> {
    await this.db.query(
      `UPDATE profiles SET hidden_at = CASE WHEN $2::text IS NULL THEN NULL ELSE now() END,
              hidden_reason = $2 WHERE user_id = $1`,
      [userId, reason],
    );
  }
}
