import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events with their RSVPs and waitlist, what participants must be told, and the secret
 * personal calendar feeds. An event keeps the local times and zone as entered and the
 * UTC instants they mean, for ordering and for "upcoming".
 */
export class Events1764400000000 implements MigrationInterface {
  name = 'Events1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        author_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        organisation_id uuid REFERENCES organisations (id) ON DELETE CASCADE,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        description_html text NOT NULL DEFAULT '',
        time_zone text NOT NULL,
        starts_local text NOT NULL,
        ends_local text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
        format text NOT NULL CHECK (format IN ('in_person', 'online', 'hybrid')),
        venue_name text,
        venue_address text,
        venue_city text,
        venue_country text,
        online_url text,
        topics text[] NOT NULL DEFAULT '{}',
        language text NOT NULL,
        capacity integer CHECK (capacity > 0),
        registration_deadline_local text,
        registration_deadline_at timestamptz,
        status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'postponed', 'cancelled')),
        audience text NOT NULL DEFAULT 'public' CHECK (audience IN ('public', 'members', 'organisation')),
        sequence integer NOT NULL DEFAULT 0,
        hidden_at timestamptz,
        hidden_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The directory: upcoming soonest first and past latest first, by (starts_at, id),
    // with the filters it offers; hidden events are in no one's list but their author's.
    await db.query('CREATE INDEX events_starts_idx ON events (starts_at, id) WHERE hidden_at IS NULL');
    await db.query(
      'CREATE INDEX events_country_starts_idx ON events (venue_country, starts_at, id) WHERE hidden_at IS NULL',
    );
    await db.query('CREATE INDEX events_topics_idx ON events USING gin (topics)');
    await db.query('CREATE INDEX events_language_starts_idx ON events (language, starts_at, id)');
    await db.query('CREATE INDEX events_format_starts_idx ON events (format, starts_at, id)');
    await db.query('CREATE INDEX events_author_idx ON events (author_id)');
    await db.query(
      'CREATE INDEX events_organisation_idx ON events (organisation_id) WHERE organisation_id IS NOT NULL',
    );

    await db.query(`
      CREATE TABLE event_rsvps (
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        state text NOT NULL CHECK (state IN ('going', 'interested', 'waitlisted')),
        created_at timestamptz NOT NULL DEFAULT now(),
        -- When the person entered their current state: the waitlist's order.
        state_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (event_id, user_id)
      )`);
    await db.query('CREATE INDEX event_rsvps_state_idx ON event_rsvps (event_id, state, state_at, user_id)');
    await db.query('CREATE INDEX event_rsvps_user_idx ON event_rsvps (user_id, state)');

    await db.query(`
      CREATE TABLE event_notices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('promoted', 'updated', 'postponed', 'cancelled')),
        sequence integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz
      )`);
    await db.query(
      'CREATE INDEX event_notices_pending_idx ON event_notices (user_id, created_at, id) WHERE delivered_at IS NULL',
    );
    await db.query('CREATE INDEX event_notices_event_idx ON event_notices (event_id)');

    await db.query(`
      CREATE TABLE calendar_feeds (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE calendar_feeds');
    await db.query('DROP TABLE event_notices');
    await db.query('DROP TABLE event_rsvps');
    await db.query('DROP TABLE events');
  }
}
