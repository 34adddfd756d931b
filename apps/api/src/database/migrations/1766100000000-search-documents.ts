import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The content languages with a stemming configuration of their own; others use `search_simple`. */
const LANGUAGE_CONFIGS: [code: string, config: string, dictionary: string][] = [
  ['en', 'search_english', 'english_stem'],
  ['de', 'search_german', 'german_stem'],
  ['fr', 'search_french', 'french_stem'],
  ['es', 'search_spanish', 'spanish_stem'],
  ['it', 'search_italian', 'italian_stem'],
  ['nl', 'search_dutch', 'dutch_stem'],
  ['pt', 'search_portuguese', 'portuguese_stem'],
];

/**
 * Words people search for a topic by that are not its name in any of our languages. Each is
 * matched as a whole phrase of the query, after lower-casing and removing accents.
 */
const TOPIC_SYNONYMS: [topic: string, terms: string[]][] = [
  [
    'climate-and-environment',
    [
      'climate',
      'climate change',
      'climate justice',
      'environment',
      'klimaschutz',
      'klimawandel',
      'klima',
      'umwelt',
      'umweltschutz',
      'climat',
      'environnement',
      'changement climatique',
    ],
  ],
  ['human-rights', ['droits humains', 'droits de la personne', 'menschenrecht']],
  [
    'digital-rights',
    ['digital rights', 'privacy', 'datenschutz', 'netzpolitik', 'libertes numeriques', 'vie privee'],
  ],
  ['democracy-and-participation', ['democracy', 'participation', 'demokratie', 'beteiligung', 'democratie']],
  ['migration-and-asylum', ['refugees', 'asylum', 'fluchtlinge', 'asyl', 'refugies', 'asile']],
  ['gender-equality', ['gleichstellung', 'feminism', 'feminismus', 'feminisme', 'egalite femmes hommes']],
  ['media-freedom', ['press freedom', 'pressefreiheit', 'liberte de la presse']],
  ['anti-corruption', ['corruption', 'korruption']],
  ['rule-of-law', ['rechtsstaat']],
  ['open-data', ['open government data', 'donnees publiques']],
  ['humanitarian-aid', ['nothilfe', 'aide d urgence']],
];

/**
 * One search over people, organisations, posts, events, funding calls and tools.
 *
 * `search_documents` holds one row per listable object (a profile or organisation not
 * hidden, a published post, an approved tool...), kept in step with its source row by
 * triggers, so every write path and the set-based seed keep it current without knowing it.
 * Who may see a document is decided at read time against the source tables, never here.
 *
 * The text search configurations remove accents (`unaccent`) before stemming, so "Wroclaw"
 * finds "Wrocław" and snippets can still mark the original words; `search_simple` is the
 * fallback for languages without a stemmer and for names. `name_norm` (lower case, no
 * accents) carries the trigram index for names and typos.
 */
export class SearchDocuments1766100000000 implements MigrationInterface {
  name = 'SearchDocuments1766100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    const [extension]: { schema: string }[] = await db.query(
      `SELECT quote_ident(n.nspname) AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
        WHERE e.extname = 'unaccent'`,
    );
    const schema = extension?.schema ?? 'public';

    // unaccent() is STABLE (it reads its dictionary by name); with the dictionary named and
    // schema-qualified the result depends on the text alone, so the wrapper may be IMMUTABLE.
    await db.query(`
      CREATE FUNCTION search_unaccent(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT ${schema}.unaccent('${schema}.unaccent'::regdictionary, $1) $$`);
    await db.query(`
      CREATE FUNCTION search_normalise(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT lower(search_unaccent($1)) $$`);
    // Words only, separated by one space: what topic terms and queries are compared as.
    await db.query(`
      CREATE FUNCTION search_words(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT trim(regexp_replace(search_normalise($1), '[^[:alnum:]]+', ' ', 'g')) $$`);

    await db.query('CREATE TEXT SEARCH CONFIGURATION search_simple (COPY = simple)');
    await db.query(`
      ALTER TEXT SEARCH CONFIGURATION search_simple
        ALTER MAPPING FOR hword, hword_part, word WITH ${schema}.unaccent, simple`);
    for (const [, config, dictionary] of LANGUAGE_CONFIGS) {
      await db.query(`CREATE TEXT SEARCH CONFIGURATION ${config} (COPY = search_simple)`);
      await db.query(`
        ALTER TEXT SEARCH CONFIGURATION ${config}
          ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, hword, hword_part, word
          WITH ${schema}.unaccent, ${dictionary}`);
    }
    await db.query(`
      CREATE FUNCTION search_config(language text) RETURNS regconfig
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT CASE language
          ${LANGUAGE_CONFIGS.map(([code, config]) => `WHEN '${code}' THEN '${config}'::regconfig`).join('\n          ')}
          ELSE 'search_simple'::regconfig END $$`);

    await db.query(`
      CREATE TABLE search_documents (
        type text NOT NULL CHECK (type IN ('person', 'organisation', 'post', 'event', 'funding_call', 'tool')),
        object_id uuid NOT NULL,
        slug text NOT NULL,
        language text,
        languages text[] NOT NULL DEFAULT '{}',
        title text NOT NULL,
        body text NOT NULL,
        name_norm text NOT NULL,
        document tsvector NOT NULL,
        topics text[] NOT NULL DEFAULT '{}',
        countries text[] NOT NULL DEFAULT '{}',
        published_at timestamptz NOT NULL,
        PRIMARY KEY (type, object_id)
      )`);
    // One index of each kind per type: a search reads a bounded window of each type's
    // matches, and a partial index holds only that type's posting lists.
    for (const type of ['person', 'organisation', 'post', 'event', 'funding_call', 'tool']) {
      await db.query(
        `CREATE INDEX search_documents_${type}_text_idx ON search_documents USING gin (document) WHERE type = '${type}'`,
      );
      await db.query(
        `CREATE INDEX search_documents_${type}_name_idx ON search_documents USING gin (name_norm gin_trgm_ops) WHERE type = '${type}'`,
      );
      await db.query(
        `CREATE INDEX search_documents_${type}_topics_idx ON search_documents USING gin (topics) WHERE type = '${type}'`,
      );
    }

    await db.query(`
      CREATE FUNCTION search_document_put(
        p_type text, p_id uuid, p_slug text, p_language text, p_languages text[], p_title text,
        p_body text, p_topics text[], p_countries text[], p_published_at timestamptz
      ) RETURNS void LANGUAGE sql AS $$
        INSERT INTO search_documents (type, object_id, slug, language, languages, title, body, name_norm,
                                      document, topics, countries, published_at)
        VALUES (p_type, p_id, p_slug, p_language, coalesce(p_languages, '{}'), p_title, left(p_body, 2000),
                search_normalise(p_title),
                setweight(to_tsvector('search_simple', p_title), 'A')
                  || setweight(to_tsvector(search_config(p_language), p_title), 'A')
                  || setweight(to_tsvector(search_config(p_language), left(p_body, 100000)), 'B'),
                coalesce(p_topics, '{}'), array_remove(coalesce(p_countries, '{}'), NULL), p_published_at)
        ON CONFLICT (type, object_id) DO UPDATE SET
          slug = EXCLUDED.slug, language = EXCLUDED.language, languages = EXCLUDED.languages,
          title = EXCLUDED.title, body = EXCLUDED.body, name_norm = EXCLUDED.name_norm,
          document = EXCLUDED.document, topics = EXCLUDED.topics, countries = EXCLUDED.countries,
          published_at = EXCLUDED.published_at
      $$`);

    // One function per source: (re)writes the object's document, or removes it when the
    // object is no longer listable. Triggers and the backfill below call them by id.
    await db.query(`
      CREATE FUNCTION search_sync_person(p_id uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE r record;
      BEGIN
        SELECT p.*, u.display_name INTO r FROM profiles p JOIN users u ON u.id = p.user_id WHERE p.user_id = p_id;
        IF NOT FOUND OR r.hidden_at IS NOT NULL OR r.visibility = 'hidden' THEN
          DELETE FROM search_documents WHERE type = 'person' AND object_id = p_id;
        ELSE
          PERFORM search_document_put('person', p_id, r.handle, r.languages[1], r.languages, r.display_name,
            concat_ws(E'\\n', nullif(r.headline, ''), CASE WHEN r.city_visible THEN r.city END,
                      array_to_string(r.skills, ', '), nullif(r.bio, '')),
            r.topics, ARRAY[r.country], r.created_at);
        END IF;
      END $$`);
    await db.query(`
      CREATE FUNCTION search_sync_organisation(p_id uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE r organisations;
      BEGIN
        SELECT * INTO r FROM organisations WHERE id = p_id;
        IF NOT FOUND OR r.hidden_at IS NOT NULL OR r.visibility = 'hidden' THEN
          DELETE FROM search_documents WHERE type = 'organisation' AND object_id = p_id;
        ELSE
          PERFORM search_document_put('organisation', p_id, r.slug, NULL, '{}', r.name, r.description,
            r.topics, ARRAY[r.country] || r.countries_active, r.created_at);
        END IF;
      END $$`);
    await db.query(`
      CREATE FUNCTION search_sync_post(p_id uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE r posts;
      BEGIN
        SELECT * INTO r FROM posts WHERE id = p_id;
        IF NOT FOUND OR r.status <> 'published' OR r.hidden_at IS NOT NULL THEN
          DELETE FROM search_documents WHERE type = 'post' AND object_id = p_id;
        ELSE
          PERFORM search_document_put('post', p_id, r.slug, r.language, ARRAY[r.language], r.title,
            concat_ws(E'\\n', nullif(r.summary, ''), r.body), r.topics, r.countries, r.published_at);
        END IF;
      END $$`);
    await db.query(`
      CREATE FUNCTION search_sync_event(p_id uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE r events;
      BEGIN
        SELECT * INTO r FROM events WHERE id = p_id;
        IF NOT FOUND OR r.hidden_at IS NOT NULL THEN
          DELETE FROM search_documents WHERE type = 'event' AND object_id = p_id;
        ELSE
          PERFORM search_document_put('event', p_id, p_id::text, r.language, ARRAY[r.language], r.title,
            concat_ws(E'\\n', nullif(concat_ws(', ', r.venue_name, r.venue_city), ''), r.description),
            r.topics, ARRAY[r.venue_country], r.created_at);
        END IF;
      END $$`);
    await db.query(`
      CREATE FUNCTION search_sync_funding_call(p_id uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE r funding_calls;
      BEGIN
        SELECT * INTO r FROM funding_calls WHERE id = p_id;
        IF NOT FOUND OR r.hidden_at IS NOT NULL THEN
          DELETE FROM search_documents WHERE type = 'funding_call' AND object_id = p_id;
        ELSE
          PERFORM search_document_put('funding_call', p_id, p_id::text, r.languages[1], r.languages, r.title,
            concat_ws(E'\\n', r.summary, r.programme, r.description), r.topics, r.eligible_countries,
            r.created_at);
        END IF;
      END $$`);
    await db.query(`
      CREATE FUNCTION search_sync_tool(p_id uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE r tools;
      BEGIN
        SELECT * INTO r FROM tools WHERE id = p_id;
        IF NOT FOUND OR r.status <> 'approved' OR r.hidden_at IS NOT NULL THEN
          DELETE FROM search_documents WHERE type = 'tool' AND object_id = p_id;
        ELSE
          PERFORM search_document_put('tool', p_id, r.slug, NULL, r.languages, r.name, r.description,
            '{}', '{}', coalesce(r.reviewed_at, r.created_at));
        END IF;
      END $$`);

    const sources: [table: string, type: string, id: string][] = [
      ['profiles', 'person', 'user_id'],
      ['organisations', 'organisation', 'id'],
      ['posts', 'post', 'id'],
      ['events', 'event', 'id'],
      ['funding_calls', 'funding_call', 'id'],
      ['tools', 'tool', 'id'],
    ];
    for (const [table, type, id] of sources) {
      await db.query(`
        CREATE FUNCTION search_sync_${table}_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'DELETE' THEN
            DELETE FROM search_documents WHERE type = '${type}' AND object_id = OLD.${id};
          ELSE
            PERFORM search_sync_${type}(NEW.${id});
          END IF;
          RETURN NULL;
        END $$`);
      await db.query(`
        CREATE TRIGGER ${table}_search_sync AFTER INSERT OR UPDATE OR DELETE ON ${table}
          FOR EACH ROW EXECUTE FUNCTION search_sync_${table}_trigger()`);
      await db.query(`SELECT search_sync_${type}(${id}) FROM ${table}`);
    }
    // A person's name lives on the account.
    await db.query(`
      CREATE FUNCTION search_sync_users_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM search_sync_person(NEW.id);
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER users_search_sync AFTER UPDATE OF display_name ON users
        FOR EACH ROW EXECUTE FUNCTION search_sync_users_trigger()`);

    // The words that name a topic, in every language, for the match across languages.
    await db.query(`
      CREATE TABLE search_topic_terms (
        term text NOT NULL,
        topic text NOT NULL REFERENCES topics (slug) ON UPDATE CASCADE ON DELETE CASCADE,
        synonym boolean NOT NULL,
        PRIMARY KEY (term, topic)
      )`);
    await db.query(`
      CREATE FUNCTION search_sync_topic_terms() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM search_topic_terms WHERE topic = NEW.slug AND NOT synonym;
        INSERT INTO search_topic_terms (term, topic, synonym)
        SELECT DISTINCT search_words(name), NEW.slug, false FROM jsonb_each_text(NEW.names) AS n (language, name)
         WHERE search_words(name) <> ''
        ON CONFLICT (term, topic) DO NOTHING;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER topics_search_terms AFTER INSERT OR UPDATE OF names ON topics
        FOR EACH ROW EXECUTE FUNCTION search_sync_topic_terms()`);
    await db.query(`
      INSERT INTO search_topic_terms (term, topic, synonym)
      SELECT DISTINCT search_words(n.name), t.slug, false FROM topics t, jsonb_each_text(t.names) AS n (language, name)
       WHERE search_words(n.name) <> ''
      ON CONFLICT (term, topic) DO NOTHING`);
    await db.query(
      `INSERT INTO search_topic_terms (term, topic, synonym)
       SELECT DISTINCT search_words(s.term), s.topic, true
         FROM unnest($1::text[], $2::text[]) AS s (topic, term)
        WHERE EXISTS (SELECT 1 FROM topics WHERE slug = s.topic)
       ON CONFLICT (term, topic) DO NOTHING`,
      [
        TOPIC_SYNONYMS.flatMap(([topic, terms]) => terms.map(() => topic)),
        TOPIC_SYNONYMS.flatMap(([, terms]) => terms),
      ],
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE search_topic_terms');
    await db.query('DROP FUNCTION search_sync_topic_terms() CASCADE');
    await db.query('DROP FUNCTION search_sync_users_trigger() CASCADE');
    for (const table of ['profiles', 'organisations', 'posts', 'events', 'funding_calls', 'tools']) {
      await db.query(`DROP FUNCTION search_sync_${table}_trigger() CASCADE`);
    }
    for (const type of ['person', 'organisation', 'post', 'event', 'funding_call', 'tool']) {
      await db.query(`DROP FUNCTION search_sync_${type}(uuid)`);
    }
    await db.query('DROP FUNCTION search_document_put');
    await db.query('DROP TABLE search_documents');
    await db.query('DROP FUNCTION search_config(text)');
    for (const [, config] of LANGUAGE_CONFIGS) {
      await db.query(`DROP TEXT SEARCH CONFIGURATION ${config}`);
    }
    await db.query('DROP TEXT SEARCH CONFIGURATION search_simple');
    await db.query('DROP FUNCTION search_words(text)');
    await db.query('DROP FUNCTION search_normalise(text)');
    await db.query('DROP FUNCTION search_unaccent(text)');
  }
}
