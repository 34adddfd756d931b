import { Injectable } from '@nestjs/common';
import type { OrganisationKind } from '@open-spaces/contracts';
import { DataSource } from 'typeorm';
import { queryWithGenericPlan } from '../../common/sql/generic-plan-query';
import { accountActiveSql, profileListedSql } from '../../common/visibility/profile-visibility';
import { type ProfileSummaryRow, profileSummaryColumnsSql } from '../profiles/profile-summary';
import { OrganisationSuggestionCandidates } from './entities/organisation-suggestion-candidates.entity';
import { OrganisationSuggestionDismissal } from './entities/organisation-suggestion-dismissal.entity';
import { PersonSuggestionCandidates } from './entities/person-suggestion-candidates.entity';
import { PersonSuggestionDismissal } from './entities/person-suggestion-dismissal.entity';

/**
 * How many candidates each branch of a candidate query may bring. Every branch walks one
 * GIN or B-tree index and stops there, so a query reads a few hundred rows at most, however
 * many people match; the pure scorer ranks what they bring.
 */
export const CANDIDATES_PER_BRANCH = 50;

/** How many people-you-follow a reason names; the count covers them all. */
const FOLLOWED_BY_NAMED = 3;

export interface SeekerRow {
  offers: string[];
  needs: string[];
  topics: string[];
  languages: string[];
  country: string | null;
  city: string | null;
}

export interface PersonCandidateRow extends ProfileSummaryRow {
  user_id: string;
  languages: string[];
  shared_organisations: { slug: string; label: string }[];
  followed_by: { handle: string; label: string }[];
  followed_by_count: number;
}

export interface OrganisationCandidateRow {
  id: string;
  slug: string;
  name: string;
  kind: OrganisationKind;
  country: string;
  countries_active: string[];
  topics: string[];
  offers: string[];
  needs: string[];
  logo_key: string | null;
}

/**
 * What a candidate branch checks on each row it reads: listed for signed-in people, not
 * the viewer. The checks that need other tables run once, on the union (`suggestablePersonSql`).
 */
const listedForMembersSql = (alias: string) =>
  `${alias}.hidden_at IS NULL AND ${alias}.visibility IN ('public', 'members') AND ${alias}.user_id <> $1::uuid`;

/**
 * A person the viewer ($1) may be suggested: listed for them (not hidden, not blocked
 * either way), not suspended, not the viewer, not followed by the viewer.
 */
const suggestablePersonSql = (alias: string) => `
  ${alias}.user_id <> $1::uuid
  AND ${profileListedSql(alias, '$1')}
  AND ${accountActiveSql(`${alias}.user_id`)}
  AND NOT EXISTS (SELECT 1 FROM follows sf WHERE sf.follower_id = $1::uuid
                   AND sf.target_type = 'profile' AND sf.target_id = ${alias}.user_id::text)`;

/** The people the viewer ($1) follows, listed for them and not suspended, who follow each candidate of `pool`. */
const followedBySql = `
  SELECT f2.target_id AS candidate, count(*)::int AS count,
         to_json((array_agg(json_build_object('handle', xp.handle, 'label', xu.display_name)
                            ORDER BY xp.handle))[1:${FOLLOWED_BY_NAMED}]) AS people
    FROM follows f1
    JOIN follows f2 ON f2.follower_id = f1.target_id::uuid AND f2.target_type = 'profile'
    JOIN profiles xp ON xp.user_id = f2.follower_id
    JOIN users xu ON xu.id = xp.user_id
   WHERE f1.follower_id = $1::uuid AND f1.target_type = 'profile'
     AND f2.target_id IN (SELECT user_id::text FROM pool)
     AND ${profileListedSql('xp', '$1')} AND xu.suspended_at IS NULL
   GROUP BY f2.target_id`;

/** A candidate's organisations shared with the viewer, and the people-you-follow from `followedBySql` (fb). */
const networkColumnsSql = `
  (SELECT coalesce(json_agg(json_build_object('slug', so.slug, 'label', so.name)), '[]')
     FROM memberships ma
     JOIN memberships mb ON mb.organisation_id = ma.organisation_id AND mb.user_id = p.user_id
     JOIN organisations so ON so.id = ma.organisation_id
    WHERE ma.user_id = $1::uuid AND so.hidden_at IS NULL) AS shared_organisations,
  coalesce(fb.people, '[]') AS followed_by,
  coalesce(fb.count, 0) AS followed_by_count`;

/**
 * Each candidate person in `pool` (user ids, maybe repeated) who passes `eligible`, with
 * what the scorer needs: summary and languages and, with `network`, the organisations they
 * share with the viewer and the people the viewer follows who follow them (gathered once
 * for the whole pool rather than once per candidate). Without it both are empty.
 */
const personCandidatesSql = (pool: string, eligible: string, network: boolean) => `
  WITH pool AS (SELECT DISTINCT user_id FROM (${pool}) branches)
  SELECT p.user_id, ${profileSummaryColumnsSql('$1')}, p.languages,
         ${network ? networkColumnsSql : `'[]'::json AS shared_organisations, '[]'::json AS followed_by, 0 AS followed_by_count`}
    FROM pool
    JOIN profiles p ON p.user_id = pool.user_id
    JOIN users u ON u.id = p.user_id
    ${network ? `LEFT JOIN (${followedBySql}) fb ON fb.candidate = p.user_id::text` : ''}
   WHERE ${eligible}`;

/** An organisation that may be suggested: seen by every signed-in person, and not hidden by a moderator. */
const suggestableOrganisationSql = (alias: string) =>
  `${alias}.hidden_at IS NULL AND ${alias}.visibility IN ('public', 'members')`;

/**
 * An organisation the viewer ($1) may be suggested for organisation $2 (as `o`): not $2
 * itself, suggestable, not followed by the viewer, not dismissed by $2.
 */
const eligibleOrganisationSql = `o.id <> $2 AND ${suggestableOrganisationSql('o')}
  AND NOT EXISTS (SELECT 1 FROM follows sf WHERE sf.follower_id = $1::uuid
                   AND sf.target_type = 'organisation' AND sf.target_id = o.id::text)
  AND NOT EXISTS (SELECT 1 FROM organisation_suggestion_dismissals d
                   WHERE d.organisation_id = $2 AND d.dismissed_organisation_id = o.id)`;

const organisationCandidateColumnsSql = `o.id, o.slug, o.name, o.kind, o.country, o.countries_active, o.topics,
  o.offers, o.needs, o.logo_key`;

/** The organisations among `ids` (an SQL uuid[] expression) still eligible, with what the scorer needs. */
const organisationsAmongSql = (ids: string) =>
  `SELECT ${organisationCandidateColumnsSql} FROM organisations o WHERE o.id = ANY (${ids}) AND ${eligibleOrganisationSql}`;

/**
 * People matching `match` (on profile `p`) whom organisation $2 may be suggested: listed for
 * the viewer ($1), not its members, not dismissed by it.
 */
const peopleForOrganisationPoolSql = (match: string) => `SELECT p.user_id FROM profiles p
   WHERE ${match} AND ${listedForMembersSql('p')}
     AND NOT EXISTS (SELECT 1 FROM memberships om WHERE om.organisation_id = $2 AND om.user_id = p.user_id)
     AND NOT EXISTS (SELECT 1 FROM organisation_suggestion_dismissals d
                      WHERE d.organisation_id = $2 AND d.dismissed_user_id = p.user_id)
   LIMIT ${3 * CANDIDATES_PER_BRANCH}`;

/** An organisation's stored candidate set, with its candidates still eligible now. */
export interface StoredOrganisationCandidates {
  organisations: string[];
  people: string[];
  organisationRows: OrganisationCandidateRow[];
  peopleRows: PersonCandidateRow[];
}

/**
 * Candidate sets for suggestions, as bounded queries over the taxonomy indexes, with every
 * exclusion in SQL. `$1` is always the viewer. The candidate queries run from their generic
 * plans: their branches and exclusions took longer to plan than to run.
 */
@Injectable()
export class MatchingRepository {
  constructor(private readonly db: DataSource) {}

  async findSeeker(userId: string): Promise<SeekerRow | null> {
    const rows = await this.db.query<SeekerRow[]>(
      'SELECT offers, needs, topics, languages, country, city FROM profiles WHERE user_id = $1',
      [userId],
    );
    return rows[0] ?? null;
  }

  /**
   * People the viewer could work with: those who offer what they need, need what they
   * offer, share a topic (nearby first: the same country has its own branch), share an
   * organisation, or are followed by people they follow; minus the exclusions and the
   * people the viewer dismissed. With `among` (a stored candidate set), those people only,
   * with the same exclusions (an organisation's stored set is read with its candidates,
   * `findStoredOrganisationCandidates`).
   */
  findPersonCandidates(viewer: string, seeker: SeekerRow, among?: string[]): Promise<PersonCandidateRow[]> {
    const eligible = `${suggestablePersonSql('p')}
      AND NOT EXISTS (SELECT 1 FROM person_suggestion_dismissals d
                       WHERE d.user_id = $1::uuid AND d.dismissed_user_id = p.user_id)`;
    if (among)
      return queryWithGenericPlan<PersonCandidateRow>(
        this.db,
        personCandidatesSql('SELECT unnest($2::uuid[]) AS user_id', eligible, true),
        [viewer, among],
      );
    const branch = (from: string, where: string) =>
      `(SELECT p.user_id FROM ${from} WHERE ${where} AND ${listedForMembersSql('p')}
         LIMIT ${CANDIDATES_PER_BRANCH})`;
    const pool = [
      branch('profiles p', 'p.offers && $2 AND p.needs && $3'),
      branch('profiles p', 'p.offers && $2'),
      branch('profiles p', 'p.needs && $3'),
      branch('profiles p', 'p.country = $5 AND p.topics && $4'),
      branch('profiles p', 'p.topics && $4'),
      branch(
        `memberships m1 JOIN memberships m2 ON m2.organisation_id = m1.organisation_id
         JOIN profiles p ON p.user_id = m2.user_id`,
        'm1.user_id = $1::uuid',
      ),
      branch(
        `follows f1 JOIN follows f2 ON f2.follower_id = f1.target_id::uuid AND f2.target_type = 'profile'
         JOIN profiles p ON p.user_id = f2.target_id::uuid`,
        `f1.follower_id = $1::uuid AND f1.target_type = 'profile'`,
      ),
    ].join(' UNION ALL ');
    return queryWithGenericPlan<PersonCandidateRow>(this.db, personCandidatesSql(pool, eligible, true), [
      viewer,
      seeker.needs,
      seeker.offers,
      seeker.topics,
      seeker.country,
    ]);
  }

  /**
   * Organisations the organisation could partner with: complementary offers and needs,
   * or shared topics; never itself, hidden ones, ones the viewer follows, or ones it dismissed.
   */
  findOrganisationCandidates(
    viewer: string,
    organisation: { id: string; offers: string[]; needs: string[]; topics: string[] },
  ): Promise<OrganisationCandidateRow[]> {
    const branch = (where: string) =>
      `(SELECT o.id FROM organisations o WHERE ${where} AND ${eligibleOrganisationSql} LIMIT ${CANDIDATES_PER_BRANCH})`;
    const pool = [
      branch('o.offers && $3 AND o.needs && $4'),
      branch('o.offers && $3'),
      branch('o.needs && $4'),
      branch('o.topics && $5'),
    ].join(' UNION ');
    return queryWithGenericPlan<OrganisationCandidateRow>(
      this.db,
      `SELECT ${organisationCandidateColumnsSql} FROM (${pool}) pool JOIN organisations o ON o.id = pool.id`,
      [viewer, organisation.id, organisation.needs, organisation.offers, organisation.topics],
    );
  }

  /**
   * People who offer what the organisation needs: listed for the viewer, not its members,
   * not followed by the viewer, not dismissed by the organisation.
   */
  findPeopleForOrganisation(
    viewer: string,
    organisation: { id: string; needs: string[] },
  ): Promise<PersonCandidateRow[]> {
    return queryWithGenericPlan<PersonCandidateRow>(
      this.db,
      personCandidatesSql(peopleForOrganisationPoolSql('p.offers && $3'), suggestablePersonSql('p'), false),
      [viewer, organisation.id, organisation.needs],
    );
  }

  /**
   * The organisation's stored candidate set if it was made for these traits (`traitsKey`)
   * after `since`, and, in the same statement, its organisations and people who are still
   * eligible, under the same exclusions as a fresh search; null when there is no such set.
   */
  async findStoredOrganisationCandidates(
    viewer: string,
    organisationId: string,
    traitsKey: string,
    since: Date,
  ): Promise<StoredOrganisationCandidates | null> {
    const people = personCandidatesSql(
      peopleForOrganisationPoolSql('p.user_id = ANY (s.people)'),
      suggestablePersonSql('p'),
      false,
    );
    const rows = await queryWithGenericPlan<{
      organisations: string[];
      people: string[];
      organisation_rows: OrganisationCandidateRow[];
      people_rows: PersonCandidateRow[];
    }>(
      this.db,
      `WITH s AS MATERIALIZED (
         SELECT organisations, people FROM organisation_suggestion_candidates
          WHERE organisation_id = $2 AND traits_key = $3 AND computed_at > $4)
       SELECT s.organisations, s.people,
              (SELECT coalesce(json_agg(c), '[]') FROM (${organisationsAmongSql('s.organisations')}) c)
                AS organisation_rows,
              (SELECT coalesce(json_agg(c), '[]') FROM (${people}) c) AS people_rows
         FROM s`,
      [viewer, organisationId, traitsKey, since],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      organisations: row.organisations,
      people: row.people,
      organisationRows: row.organisation_rows,
      peopleRows: row.people_rows,
    };
  }

  async findPersonCandidateSet(userId: string): Promise<PersonSuggestionCandidates | null> {
    const rows = await this.db.query<PersonSuggestionCandidates[]>(
      `SELECT user_id AS "userId", traits_key AS "traitsKey", people, computed_at AS "computedAt"
         FROM person_suggestion_candidates WHERE user_id = $1`,
      [userId],
    );
    return rows[0] ?? null;
  }

  async savePersonCandidateSet(set: PersonSuggestionCandidates): Promise<void> {
    await this.db.query(
      `INSERT INTO person_suggestion_candidates (user_id, traits_key, people, computed_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id) DO UPDATE
         SET traits_key = EXCLUDED.traits_key, people = EXCLUDED.people, computed_at = EXCLUDED.computed_at`,
      [set.userId, set.traitsKey, set.people, set.computedAt],
    );
  }

  async saveOrganisationCandidateSet(set: OrganisationSuggestionCandidates): Promise<void> {
    await this.db.query(
      `INSERT INTO organisation_suggestion_candidates (organisation_id, traits_key, organisations, people, computed_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (organisation_id) DO UPDATE
         SET traits_key = EXCLUDED.traits_key, organisations = EXCLUDED.organisations,
             people = EXCLUDED.people, computed_at = EXCLUDED.computed_at`,
      [set.organisationId, set.traitsKey, set.organisations, set.people, set.computedAt],
    );
  }

  /** The person at this handle if the viewer may be suggested them (for dismissing), else null. */
  async findSuggestablePersonId(viewer: string, handle: string): Promise<string | null> {
    const rows = await this.db.query<{ user_id: string }[]>(
      `SELECT p.user_id FROM profiles p WHERE p.handle = $2 AND p.user_id <> $1::uuid
          AND ${profileListedSql('p', '$1')}`,
      [viewer, handle],
    );
    return rows[0]?.user_id ?? null;
  }

  /** The organisation at this slug if it may be suggested, else null. */
  async findSuggestableOrganisationId(slug: string): Promise<string | null> {
    const rows = await this.db.query<{ id: string }[]>(
      `SELECT o.id FROM organisations o WHERE o.slug = $1 AND ${suggestableOrganisationSql('o')}`,
      [slug],
    );
    return rows[0]?.id ?? null;
  }

  async dismissPerson(userId: string, dismissedUserId: string): Promise<void> {
    await this.db
      .createQueryBuilder()
      .insert()
      .into(PersonSuggestionDismissal)
      .values({ userId, dismissedUserId })
      .orIgnore()
      .execute();
  }

  async dismissForOrganisation(
    organisationId: string,
    dismissedBy: string,
    target: { userId: string } | { organisationId: string },
  ): Promise<void> {
    await this.db
      .createQueryBuilder()
      .insert()
      .into(OrganisationSuggestionDismissal)
      .values({
        organisationId,
        dismissedBy,
        dismissedUserId: 'userId' in target ? target.userId : null,
        dismissedOrganisationId: 'organisationId' in target ? target.organisationId : null,
      })
      .orIgnore()
      .execute();
  }
}
