import { Injectable } from '@nestjs/common';
import type {
  EventAudience,
  EventFormat,
  EventStatus,
  OrganisationKind,
  OrganisationRole,
  RsvpState,
} from '@open-spaces/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { TimeIdPosition } from '../../common/pagination/cursor';
import { setModeratorHidden } from '../../common/sql/moderator-hidden';
import { QueryParameters } from '../../common/sql/query-parameters';
import {
  audienceAdmitsSql,
  contentAuthorVisibleSql,
  contentPersonShownSql,
} from '../../common/visibility/content-visibility';
import { accountActiveSql } from '../../common/visibility/profile-visibility';

/** Who published the event, as the viewer may see them. */
interface AuthorColumns {
  author_id: string;
  organisation_id: string | null;
  author_handle: string;
  author_name: string;
  author_avatar_key: string | null;
  /** False on organisation events whose author the viewer may not list. */
  author_shown: boolean;
  organisation_slug: string | null;
  organisation_name: string | null;
  organisation_kind: OrganisationKind | null;
  organisation_logo_key: string | null;
}

export interface EventSummaryRow extends AuthorColumns {
  id: string;
  title: string;
  time_zone: string;
  starts_local: string;
  ends_local: string;
  starts_at: Date;
  ends_at: Date;
  format: EventFormat;
  venue_city: string | null;
  venue_country: string | null;
  topics: string[];
  language: string;
  status: EventStatus;
  capacity: number | null;
  going_count: number;
  cursor_at: string;
}

export interface EventRow extends EventSummaryRow {
  description: string;
  description_html: string;
  venue_name: string | null;
  venue_address: string | null;
  online_url: string | null;
  registration_deadline_local: string | null;
  registration_deadline_at: Date | null;
  audience: EventAudience;
  sequence: number;
  hidden_at: Date | null;
  hidden_reason: string | null;
  created_at: Date;
  updated_at: Date;
  interested_count: number;
  waitlisted_count: number;
  my_rsvp: RsvpState | null;
  waitlist_position: number | null;
  my_organisation_role: OrganisationRole | null;
}

export interface ParticipantRow {
  user_id: string;
  handle: string;
  display_name: string;
  state: RsvpState;
  waitlist_position: number | null;
  state_at: Date;
  cursor_at: string;
}

export interface DirectoryFilters {
  when: 'upcoming' | 'past';
  topic?: string;
  country?: string;
  format?: EventFormat;
  language?: string;
  from?: string;
  to?: string;
}

/** The event's RSVP state under its row lock, for the RSVP transaction. */
export interface LockedEvent {
  id: string;
  status: EventStatus;
  capacity: number | null;
  ends_at: Date;
  starts_at: Date;
  registration_deadline_at: Date | null;
  sequence: number;
}

/**
 * May the viewer see the event? Its author's visibility, its audience, and a moderator's
 * hiding (seen by the author only). `e` is the event, `viewer` the viewer's id parameter.
 */
export function eventVisibleSql(viewer: string): string {
  return `(${contentAuthorVisibleSql('e.author_id', 'e.organisation_id', viewer)}
    AND ${audienceAdmitsSql('e.audience', 'e.organisation_id', viewer)}
    AND (e.hidden_at IS NULL OR e.author_id = ${viewer}::uuid))`;
}

/**
 * May the viewer see the event with this id in a feed: not hidden (a cancelled one still
 * shows), its author not suspended, and its author and audience admit the viewer.
 */
export function eventInFeedSql(objectId: string, viewer: string): string {
  return `EXISTS (SELECT 1 FROM events fe
     WHERE fe.id = ${objectId} AND fe.hidden_at IS NULL
       AND ${accountActiveSql('fe.author_id')}
       AND ${contentAuthorVisibleSql('fe.author_id', 'fe.organisation_id', viewer)}
       AND ${audienceAdmitsSql('fe.audience', 'fe.organisation_id', viewer)})`;
}

function authorColumnsSql(viewer: string): string {
  return `e.author_id, e.organisation_id, ap.handle AS author_handle, au.display_name AS author_name,
    ap.avatar_key AS author_avatar_key,
    (e.organisation_id IS NULL OR ${contentPersonShownSql('ap', viewer)}) AS author_shown,
    o.slug AS organisation_slug, o.name AS organisation_name, o.kind AS organisation_kind,
    o.logo_key AS organisation_logo_key`;
}

const AUTHOR_JOINS = `JOIN users au ON au.id = e.author_id
  JOIN profiles ap ON ap.user_id = e.author_id
  LEFT JOIN organisations o ON o.id = e.organisation_id`;

const countOf = (state: RsvpState) =>
  `(SELECT count(*)::int FROM event_rsvps c WHERE c.event_id = e.id AND c.state = '${state}')`;

const SUMMARY_COLUMNS = `e.id, e.title, e.time_zone, e.starts_local, e.ends_local, e.starts_at, e.ends_at,
  e.format, e.venue_city, e.venue_country, e.topics, e.language, e.status, e.capacity,
  ${countOf('going')} AS going_count, e.starts_at::text AS cursor_at`;

/** The waitlist's order: who entered it first, then by id so the order is total. */
const WAITLIST_POSITION = (rsvp: string) =>
  `(SELECT count(*)::int FROM event_rsvps w
     WHERE w.event_id = ${rsvp}.event_id AND w.state = 'waitlisted'
       AND (w.state_at, w.user_id) <= (${rsvp}.state_at, ${rsvp}.user_id))`;

@Injectable()
export class EventsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The event with its counts and what it is to the viewer, if the viewer may see it. */
  async findForViewer(id: string, viewerId: string | null): Promise<EventRow | null> {
    const rows: EventRow[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, ${authorColumnsSql('$2')},
              e.description, e.description_html, e.venue_name, e.venue_address, e.online_url,
              e.registration_deadline_local, e.registration_deadline_at, e.audience, e.sequence,
              e.hidden_at, e.hidden_reason, e.created_at, e.updated_at,
              ${countOf('interested')} AS interested_count, ${countOf('waitlisted')} AS waitlisted_count,
              r.state AS my_rsvp,
              CASE WHEN r.state = 'waitlisted' THEN ${WAITLIST_POSITION('r')} END AS waitlist_position,
              (SELECT m.role FROM memberships m
                WHERE m.organisation_id = e.organisation_id AND m.user_id = $2::uuid) AS my_organisation_role
         FROM events e ${AUTHOR_JOINS}
         LEFT JOIN event_rsvps r ON r.event_id = e.id AND r.user_id = $2::uuid
        WHERE e.id = $1 AND ${eventVisibleSql('$2')}`,
      [id, viewerId],
    );
    return rows[0] ?? null;
  }

  /**
   * One directory page: upcoming events (not yet ended) soonest first, or past ones latest
   * first, keyset by (starts_at, id). Date filters read the event's own local date.
   */
  findDirectoryPage(
    viewerId: string | null,
    filters: DirectoryFilters,
    after: TimeIdPosition | undefined,
    limit: number,
  ): Promise<EventSummaryRow[]> {
    const parameters = new QueryParameters(viewerId);
    const param = (value: unknown) => parameters.add(value);
    const upcoming = filters.when === 'upcoming';
    const where = ['e.hidden_at IS NULL', upcoming ? 'e.ends_at > now()' : 'e.ends_at <= now()'];
    if (filters.topic) where.push(`e.topics @> ARRAY[${param(filters.topic)}::text]`);
    if (filters.country) where.push(`e.venue_country = ${param(filters.country)}`);
    if (filters.format) where.push(`e.format = ${param(filters.format)}`);
    if (filters.language) where.push(`e.language = ${param(filters.language)}`);
    if (filters.from) where.push(`e.starts_local >= ${param(filters.from)}`);
    // Local times are `YYYY-MM-DDTHH:MM`; every one on the `to` day sorts before its next character.
    if (filters.to) where.push(`e.starts_local < ${param(`${filters.to}U`)}`);
    if (after) {
      where.push(
        `(e.starts_at, e.id) ${upcoming ? '>' : '<'} (${param(after.at)}::timestamptz, ${param(after.id)}::uuid)`,
      );
    }
    where.push(eventVisibleSql('$1'));
    const direction = upcoming ? 'ASC' : 'DESC';
    return this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, ${authorColumnsSql('$1')}
         FROM events e ${AUTHOR_JOINS}
        WHERE ${where.join(' AND ')}
        ORDER BY e.starts_at ${direction}, e.id ${direction}
        LIMIT ${param(limit + 1)}`,
      parameters.values,
    );
  }

  /** Those of these events that are not hidden and are visible to the viewer. */
  findVisibleByIds(viewerId: string, ids: string[]): Promise<EventSummaryRow[]> {
    return this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, ${authorColumnsSql('$1')}
         FROM events e ${AUTHOR_JOINS}
        WHERE e.id = ANY($2::uuid[]) AND e.hidden_at IS NULL AND ${eventVisibleSql('$1')}`,
      [viewerId, ids],
    );
  }

  /** Locks the event row: RSVPs and changes to one event are serialised on it. */
  async lock(tx: EntityManager, id: string): Promise<LockedEvent | null> {
    const rows: LockedEvent[] = await tx.query(
      `SELECT id, status, capacity, starts_at, ends_at, registration_deadline_at, sequence
         FROM events WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  async rsvpOf(tx: EntityManager, eventId: string, userId: string): Promise<RsvpState | null> {
    const rows: { state: RsvpState }[] = await tx.query(
      'SELECT state FROM event_rsvps WHERE event_id = $1 AND user_id = $2',
      [eventId, userId],
    );
    return rows[0]?.state ?? null;
  }

  /** How many are going and how many wait (inside `tx` when the event is locked there). */
  async attendance(
    eventId: string,
    tx: Pick<EntityManager, 'query'> = this.dataSource,
  ): Promise<{ going: number; waitlisted: number }> {
    const [counts] = await tx.query(
      `SELECT count(*) FILTER (WHERE state = 'going')::int AS going,
              count(*) FILTER (WHERE state = 'waitlisted')::int AS waitlisted
         FROM event_rsvps WHERE event_id = $1`,
      [eventId],
    );
    return { going: counts.going, waitlisted: counts.waitlisted };
  }

  /** Sets the person's state; `state_at` moves only when the state changes. */
  async setRsvp(tx: EntityManager, eventId: string, userId: string, state: RsvpState): Promise<void> {
    await tx.query(
      `INSERT INTO event_rsvps (event_id, user_id, state) VALUES ($1, $2, $3)
       ON CONFLICT (event_id, user_id) DO UPDATE
         SET state = EXCLUDED.state,
             state_at = CASE WHEN event_rsvps.state = EXCLUDED.state THEN event_rsvps.state_at
                             ELSE clock_timestamp() END`,
      [eventId, userId, state],
    );
  }

  async removeRsvp(tx: EntityManager, eventId: string, userId: string): Promise<RsvpState | null> {
    const [rows]: [{ state: RsvpState }[], number] = await tx.query(
      'DELETE FROM event_rsvps WHERE event_id = $1 AND user_id = $2 RETURNING state',
      [eventId, userId],
    );
    return rows[0]?.state ?? null;
  }

  /** Moves the first `places` people of the waitlist to going; returns who moved. */
  async promoteFromWaitlist(tx: EntityManager, eventId: string, places: number): Promise<string[]> {
    if (places <= 0) return [];
    const [rows]: [{ user_id: string }[], number] = await tx.query(
      `UPDATE event_rsvps r SET state = 'going', state_at = clock_timestamp()
         FROM (SELECT user_id FROM event_rsvps
                WHERE event_id = $1 AND state = 'waitlisted'
                ORDER BY state_at, user_id LIMIT $2) first
        WHERE r.event_id = $1 AND r.user_id = first.user_id
        RETURNING r.user_id`,
      [eventId, places],
    );
    return rows.map((row) => row.user_id);
  }

  /** Everyone going or on the waitlist: the people a change to the event concerns. */
  async participantIds(tx: EntityManager, eventId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await tx.query(
      `SELECT user_id FROM event_rsvps WHERE event_id = $1 AND state IN ('going', 'waitlisted')`,
      [eventId],
    );
    return rows.map((row) => row.user_id);
  }

  /**
   * Participants in the order they answered (going, interested and the waitlist), with
   * each waitlisted person's place. Names and handles only.
   */
  participants(
    eventId: string,
    after: TimeIdPosition | undefined,
    limit: number | 'all',
  ): Promise<ParticipantRow[]> {
    const parameters = new QueryParameters(eventId);
    const param = (value: unknown) => parameters.add(value);
    const keyset = after
      ? `AND (r.state_at, r.user_id) > (${param(after.at)}::timestamptz, ${param(after.id)}::uuid)`
      : '';
    const cap = limit === 'all' ? '' : `LIMIT ${param(limit + 1)}`;
    return this.dataSource.query(
      `SELECT r.user_id, p.handle, u.display_name, r.state, r.state_at, r.state_at::text AS cursor_at,
              CASE WHEN r.state = 'waitlisted' THEN ${WAITLIST_POSITION('r')} END AS waitlist_position
         FROM event_rsvps r JOIN users u ON u.id = r.user_id JOIN profiles p ON p.user_id = r.user_id
        WHERE r.event_id = $1 ${keyset}
        ORDER BY r.state_at, r.user_id ${cap}`,
      parameters.values,
    );
  }

  /** Events the person goes to that they may still see, for their calendar feed. */
  goingEventsOf(userId: string): Promise<EventRow[]> {
    return this.dataSource.query(
      `SELECT e.id, e.title, e.description, e.time_zone, e.starts_at, e.ends_at, e.status, e.sequence,
              e.updated_at, e.venue_name, e.venue_address, e.venue_city, e.venue_country, e.format,
              e.online_url
         FROM event_rsvps r JOIN events e ON e.id = r.event_id
        WHERE r.user_id = $1 AND r.state = 'going' AND ${eventVisibleSql('$1')}
        ORDER BY e.starts_at`,
      [userId],
    );
  }

  setHidden(id: string, reason: string | null): Promise<void> {
    return setModeratorHidden(this.dataSource, 'events', id, reason);
  }

  async describe(id: string): Promise<{ title: string; author_id: string } | null> {
    const rows: { title: string; author_id: string }[] = await this.dataSource.query(
      'SELECT title, author_id FROM events WHERE id = $1',
      [id],
    );
    return rows[0] ?? null;
  }

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
