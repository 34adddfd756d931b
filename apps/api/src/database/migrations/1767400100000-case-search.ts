import type { MigrationInterface, QueryRunner } from 'typeorm';

const TYPES_BEFORE = `'person', 'organisation', 'post', 'event', 'funding_call', 'tool', 'process', 'idea', 'petition'`;

/**
 * Adds cases to the one search: a published case that no moderator hid has a search
 * document, kept in step by a trigger like every other source's.
 */
export class CaseSearch1767400100000 implements MigrationInterface {
  name = 'CaseSearch1767400100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE search_documents DROP CONSTRAINT search_documents_type_check');
    await db.query(
      `ALTER TABLE search_documents ADD CONSTRAINT search_documents_type_check CHECK (type IN (${TYPES_BEFORE}, 'case'))`,
    );
    await db.query(
      `CREATE INDEX search_documents_case_text_idx ON search_documents USING gin (document) WHERE type = 'case'`,
    );
    await db.query(
      `CREATE INDEX search_documents_case_topics_idx ON search_documents USING gin (topics) WHERE type = 'case'`,
    );
    await db.query(`
      CREATE FUNCTION search_sync_case(p_id uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE r cases;
      BEGIN
        SELECT * INTO r FROM cases WHERE id = p_id;
        IF NOT FOUND OR r.status <> 'published' OR r.hidden_at IS NOT NULL THEN
          DELETE FROM search_documents WHERE type = 'case' AND object_id = p_id;
        ELSE
          PERFORM search_document_put('case', p_id, p_id::text, r.language, ARRAY[r.language], r.title,
            concat_ws(E'\\n', r.summary, nullif(r.place, ''), r.description, nullif(r.outcomes, '')),
            r.topics, ARRAY[r.country], r.published_at);
        END IF;
      END $$`);
    await db.query(`
      CREATE FUNCTION search_sync_cases_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          DELETE FROM search_documents WHERE type = 'case' AND object_id = OLD.id;
        ELSE
          PERFORM search_sync_case(NEW.id);
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER cases_search_sync AFTER INSERT OR UPDATE OR DELETE ON cases
        FOR EACH ROW EXECUTE FUNCTION search_sync_cases_trigger()`);
    await db.query('SELECT search_sync_case(id) FROM cases');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP FUNCTION search_sync_cases_trigger() CASCADE');
    await db.query('DROP FUNCTION search_sync_case(uuid)');
    await db.query(`DELETE FROM search_documents WHERE type = 'case'`);
    await db.query('DROP INDEX search_documents_case_text_idx');
    await db.query('DROP INDEX search_documents_case_topics_idx');
    await db.query('ALTER TABLE search_documents DROP CONSTRAINT search_documents_type_check');
    await db.query(
      `ALTER TABLE search_documents ADD CONSTRAINT search_documents_type_check CHECK (type IN (${TYPES_BEFORE}))`,
    );
  }
}
