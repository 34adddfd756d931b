import type { MigrationInterface, QueryRunner } from 'typeorm';

const TYPES_BEFORE = ['person', 'organisation', 'post', 'event', 'funding_call', 'tool', 'process', 'idea'];

/**
 * Petitions in the one search: a petition's document exists while it is opened (not a
 * draft) and not hidden by a moderator, kept by a trigger like the other sources. Who may
 * see it is decided at read time by the petitions' feed rule.
 */
export class PetitionSearch1767200100000 implements MigrationInterface {
  name = 'PetitionSearch1767200100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE search_documents DROP CONSTRAINT search_documents_type_check');
    await db.query(
      `ALTER TABLE search_documents ADD CONSTRAINT search_documents_type_check
         CHECK (type IN (${[...TYPES_BEFORE, 'petition'].map((type) => `'${type}'`).join(', ')}))`,
    );
    await db.query(
      `CREATE INDEX search_documents_petition_text_idx ON search_documents USING gin (document) WHERE type = 'petition'`,
    );
    await db.query(
      `CREATE INDEX search_documents_petition_topics_idx ON search_documents USING gin (topics) WHERE type = 'petition'`,
    );
    await db.query(`
      CREATE FUNCTION search_sync_petition(p_id uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE r petitions;
      BEGIN
        SELECT * INTO r FROM petitions WHERE id = p_id;
        IF NOT FOUND OR r.state = 'draft' OR r.hidden_at IS NOT NULL THEN
          DELETE FROM search_documents WHERE type = 'petition' AND object_id = p_id;
        ELSE
          PERFORM search_document_put('petition', p_id, p_id::text, r.language, ARRAY[r.language], r.title,
            concat_ws(E'\\n', r.addressee, r.text), r.topics, r.countries, coalesce(r.opened_at, r.created_at));
        END IF;
      END $$`);
    await db.query(`
      CREATE FUNCTION search_sync_petitions_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          DELETE FROM search_documents WHERE type = 'petition' AND object_id = OLD.id;
        ELSE
          PERFORM search_sync_petition(NEW.id);
        END IF;
        RETURN NULL;
      END $$`);
    // Not on every count: a signature changes nothing a search reads.
    await db.query(`
      CREATE TRIGGER petitions_search_sync
        AFTER INSERT OR DELETE OR UPDATE OF title, text, addressee, topics, countries, language, state, hidden_at
        ON petitions FOR EACH ROW EXECUTE FUNCTION search_sync_petitions_trigger()`);
    await db.query('SELECT search_sync_petition(id) FROM petitions');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP FUNCTION search_sync_petitions_trigger() CASCADE');
    await db.query('DROP FUNCTION search_sync_petition(uuid)');
    await db.query(`DELETE FROM search_documents WHERE type = 'petition'`);
    for (const kind of ['text', 'name', 'topics']) {
      await db.query(`DROP INDEX search_documents_petition_${kind}_idx`);
    }
    await db.query('ALTER TABLE search_documents DROP CONSTRAINT search_documents_type_check');
    await db.query(
      `ALTER TABLE search_documents ADD CONSTRAINT search_documents_type_check
         CHECK (type IN (${TYPES_BEFORE.map((type) => `'${type}'`).join(', ')}))`,
    );
  }
}
