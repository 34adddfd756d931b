import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partner searches on funding calls and the interests organisations express in them.
 * Lists walk (created_at, id) newest first, per call or across open searches; the
 * directory's filters are array overlaps served by GIN indexes. One interest per
 * organisation and search.
 */
export class PartnerSearches1766400000000 implements MigrationInterface {
  name = 'PartnerSearches1766400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE partner_searches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        call_id uuid NOT NULL REFERENCES funding_calls (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        roles jsonb NOT NULL,
        role_names text[] NOT NULL,
        competences text[] NOT NULL DEFAULT '{}',
        countries_wanted text[] NOT NULL DEFAULT '{}',
        note text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      'CREATE INDEX partner_searches_call_idx ON partner_searches (call_id, created_at DESC, id DESC)',
    );
    await db.query(
      'CREATE INDEX partner_searches_status_idx ON partner_searches (status, created_at DESC, id DESC)',
    );
    for (const column of ['role_names', 'competences', 'countries_wanted']) {
      await db.query(`CREATE INDEX partner_searches_${column}_idx ON partner_searches USING gin (${column})`);
    }
    await db.query(`
      CREATE TABLE partner_interests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        search_id uuid NOT NULL REFERENCES partner_searches (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('coordinator', 'partner', 'associated_partner')),
        note text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'accepted', 'declined', 'withdrawn')),
        answered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (search_id, organisation_id)
      )`);
    await db.query('CREATE INDEX partner_interests_organisation_idx ON partner_interests (organisation_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE partner_interests');
    await db.query('DROP TABLE partner_searches');
  }
}
