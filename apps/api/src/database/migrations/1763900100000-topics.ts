import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The curated civic fields people and organisations tag themselves with; admins curate them later. */
// biome-ignore format: one topic per line
const TOPICS: [slug: string, en: string, de: string, fr: string][] = [
  ['democracy-and-participation', 'Democracy and participation', 'Demokratie und Beteiligung', 'Démocratie et participation'],
  ['human-rights', 'Human rights', 'Menschenrechte', "Droits de l'homme"],
  ['climate-and-environment', 'Climate and environment', 'Klima und Umwelt', 'Climat et environnement'],
  ['migration-and-asylum', 'Migration and asylum', 'Migration und Asyl', 'Migration et asile'],
  ['gender-equality', 'Gender equality', 'Geschlechtergerechtigkeit', 'Égalité des genres'],
  ['lgbtiq-rights', 'LGBTIQ+ rights', 'LGBTIQ+-Rechte', 'Droits des personnes LGBTIQ+'],
  ['media-freedom', 'Media freedom', 'Medienfreiheit', 'Liberté des médias'],
  ['anti-corruption', 'Anti-corruption', 'Korruptionsbekämpfung', 'Lutte contre la corruption'],
  ['digital-rights', 'Digital rights', 'Digitale Rechte', 'Droits numériques'],
  ['rule-of-law', 'Rule of law', 'Rechtsstaatlichkeit', 'État de droit'],
  ['social-inclusion', 'Social inclusion', 'Soziale Inklusion', 'Inclusion sociale'],
  ['youth', 'Youth', 'Jugend', 'Jeunesse'],
  ['education', 'Education', 'Bildung', 'Éducation'],
  ['health', 'Health', 'Gesundheit', 'Santé'],
  ['culture', 'Culture', 'Kultur', 'Culture'],
  ['disability-rights', 'Disability rights', 'Rechte von Menschen mit Behinderungen', 'Droits des personnes handicapées'],
  ['anti-racism', 'Anti-racism', 'Antirassismus', 'Antiracisme'],
  ['housing', 'Housing', 'Wohnen', 'Logement'],
  ['labour-rights', 'Labour rights', 'Arbeitsrechte', 'Droits des travailleurs'],
  ['poverty', 'Poverty', 'Armut', 'Pauvreté'],
  ['peacebuilding', 'Peacebuilding', 'Friedensförderung', 'Consolidation de la paix'],
  ['humanitarian-aid', 'Humanitarian aid', 'Humanitäre Hilfe', 'Aide humanitaire'],
  ['civic-education', 'Civic education', 'Politische Bildung', 'Éducation civique'],
  ['transparency', 'Transparency', 'Transparenz', 'Transparence'],
  ['open-data', 'Open data', 'Offene Daten', 'Données ouvertes'],
  ['consumer-rights', 'Consumer rights', 'Verbraucherrechte', 'Droits des consommateurs'],
  ['animal-welfare', 'Animal welfare', 'Tierschutz', 'Bien-être animal'],
  ['roma-inclusion', 'Roma inclusion', 'Inklusion von Roma', 'Inclusion des Roms'],
  ['childrens-rights', "Children's rights", 'Kinderrechte', "Droits de l'enfant"],
  ['ageing', 'Ageing and older people', 'Altern und ältere Menschen', 'Vieillissement et personnes âgées'],
];

export class Topics1763900100000 implements MigrationInterface {
  name = 'Topics1763900100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE INDEX topics_position_idx ON topics (position, slug)');
    await db.query(
      `INSERT INTO topics (slug, names, position)
       SELECT t.slug, jsonb_build_object('en', t.en, 'de', t.de, 'fr', t.fr), t.position * 10
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY
              AS t (slug, en, de, fr, position)
       ON CONFLICT (slug) DO NOTHING`,
      [0, 1, 2, 3].map((column) => TOPICS.map((topic) => topic[column])),
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DELETE FROM topics WHERE slug = ANY($1::text[])', [TOPICS.map(([slug]) => slug)]);
    await db.query('DROP INDEX topics_position_idx');
  }
}
