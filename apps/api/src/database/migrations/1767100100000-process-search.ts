import type { MigrationInterface, QueryRunner } from 'typeorm';

const OLD_TYPES = ['person', 'organisation', 'post', 'event', 'funding_call', 'tool'];
const NEW_TYPES = ['process', 'idea'];
const list = (types: string[]) => types.map((type) => `'${type}'`).join(', ');

/**
 * Consultations and their ideas in search, kept by triggers like the other types. A
 * process or idea a moderator hid leaves the index; who may see a match is decided at
 * query time by the feed sources' rules (the organisation's visibility, blocks). The
 * ideas trigger watches only the columns the document reads, so supports, which change
 * `supports_count` on every click, never rewrite the document.
 */
export class ProcessSearch1767100100000 implements MigrationInterface {
  name = 'ProcessSearch1767100100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE search_documents DROP CONSTRAINT search_documents_type_check');
    await db.query(
      `ALTER TABLE search_documents ADD CONSTRAINT search_documents_type_check
         CHECK (type IN (${list([...OLD_TYPES, ...NEW_TYPES])}))`,
    );
    for (const type of NEW_TYPES) {
      await db.query(
        `CREATE INDEX search_documents_${type}_text_idx ON search_documents USING gin (document) WHERE type = '${type}'`,
      );
      await db.query(
        `CREATE INDEX search_documents_${type}_topics_idx ON search_documents USING gin (topics) WHERE type = '${type}'`,
      );
    }
    await db.query(`
      CREATE FUNCTION search_sync_process(p_id uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE r processes;
      BEGIN
        SELECT * INTO r FROM processes WHERE id = p_id;
        IF NOT FOUND OR r.hidden_at IS NOT NULL THEN
          DELETE FROM search_documents WHERE type = 'process' AND object_id = p_id;
        ELSE
          PERFORM search_document_put('process', p_id, p_id::text, r.languages[1], r.languages, r.title,
            r.description, r.topics, '{}', r.created_at);
        END IF;
      END $$`);
    await db.query(`
      CREATE FUNCTION search_sync_idea(p_id uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE r record;
      BEGIN
        SELECT i.*, p.languages AS process_languages, p.hidden_at AS process_hidden_at INTO r
          FROM ideas i JOIN processes p ON p.id = i.process_id WHERE i.id = p_id;
        IF NOT FOUND OR r.hidden_at IS NOT NULL OR r.process_hidden_at IS NOT NULL THEN
          DELETE FROM search_documents WHERE type = 'idea' AND object_id = p_id;
        ELSE
          PERFORM search_document_put('idea', p_id, p_id::text, r.process_languages[1], r.process_languages,
            r.title, concat_ws(E'\\n', r.city, r.body), r.topics, ARRAY[r.country], r.created_at);
        END IF;
      END $$`);
    const sources: [table: string, type: string, columns: string][] = [
      ['processes', 'process', 'title, description, topics, languages, hidden_at'],
      ['ideas', 'idea', 'title, body, topics, city, country, hidden_at'],
    ];
    for (const [table, type, columns] of sources) {
      await db.query(`
        CREATE FUNCTION search_sync_${table}_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'DELETE' THEN
            DELETE FROM search_documents WHERE type = '${type}' AND object_id = OLD.id;
          ELSE
            PERFORM search_sync_${type}(NEW.id);
          END IF;
          RETURN NULL;
        END $$`);
      await db.query(`
        CREATE TRIGGER ${table}_search_sync AFTER INSERT OR UPDATE OF ${columns} OR DELETE ON ${table}
          FOR EACH ROW EXECUTE FUNCTION search_sync_${table}_trigger()`);
      await db.query(`SELECT search_sync_${type}(id) FROM ${table}`);
    }
    // Hiding a process takes its ideas out of search with it, and restoring it puts them back.
    await db.query(`
      CREATE FUNCTION search_sync_process_ideas_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM search_sync_idea(id) FROM ideas WHERE process_id = NEW.id;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER processes_ideas_search_sync AFTER UPDATE OF hidden_at, languages ON processes
        FOR EACH ROW EXECUTE FUNCTION search_sync_process_ideas_trigger()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP FUNCTION search_sync_process_ideas_trigger() CASCADE');
    for (const table of ['processes', 'ideas']) {
      await db.query(`DROP FUNCTION search_sync_${table}_trigger() CASCADE`);
    }
    await db.query('DROP FUNCTION search_sync_process(uuid)');
    await db.query('DROP FUNCTION search_sync_idea(uuid)');
    await db.query(`DELETE FROM search_documents WHERE type IN (${list(NEW_TYPES)})`);
    for (const type of NEW_TYPES) {
      for (const index of ['text', 'topics']) {
        await db.query(`DROP INDEX search_documents_${type}_${index}_idx`);
      }
    }
    await db.query('ALTER TABLE search_documents DROP CONSTRAINT search_documents_type_check');
    await db.query(
      `ALTER TABLE search_documents ADD CONSTRAINT search_documents_type_check CHECK (type IN (${list(OLD_TYPES)}))`,
    );
  }
}
