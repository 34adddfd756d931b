import { demoCountries } from '../database/seed/countries';

/**
 * The fixed list of searches the `search` benchmark sends, made from the words the scale
 * seed writes (so every name and city exists at any scale): people's names, the same names
 * with a typo, cities typed without their accents, topic words in English, German and
 * French, and the commonest words of any text in our languages, the case that costs most
 * when a plan is unbounded. The run adds the 20 most common words of the seeded corpus.
 */

/** Words every text in our languages is full of. */
export const COMMON_WORDS = [
  'the',
  'and',
  'of',
  'to',
  'in',
  'for',
  'with',
  'our',
  'we',
  'on',
  'die',
  'der',
  'und',
  'mit',
  'für',
  'de',
  'la',
  'et',
  'les',
  'des',
];

/** Topic words in each language, names and words people search a topic by. */
export const TOPIC_WORDS = [
  'climate',
  'Klimaschutz',
  'Klima und Umwelt',
  'climat',
  'environnement',
  'human rights',
  'Menschenrechte',
  'droits humains',
  "droits de l'homme",
  'digital rights',
  'Digitale Rechte',
  'droits numériques',
  'privacy',
  'Datenschutz',
  'democracy',
  'Demokratie',
  'démocratie',
  'participation',
  'Beteiligung',
  'migration',
  'asylum',
  'Asyl',
  'Flüchtlinge',
  'réfugiés',
  'gender equality',
  'Geschlechtergerechtigkeit',
  'égalité des genres',
  'media freedom',
  'Pressefreiheit',
  'liberté de la presse',
  'corruption',
  'Korruptionsbekämpfung',
  'rule of law',
  'Rechtsstaatlichkeit',
  'état de droit',
  'youth',
  'Jugend',
  'jeunesse',
  'education',
  'Bildung',
  'éducation',
  'housing',
  'Wohnen',
  'logement',
  'open data',
  'Offene Daten',
  'données ouvertes',
];

/** One letter dropped from the middle of a word: the commonest typo. */
export function typo(text: string): string {
  const words = text.split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  const at = Math.floor(longest.length / 2);
  return words.map((word) => (word === longest ? word.slice(0, at) + word.slice(at + 1) : word)).join(' ');
}

const unaccented = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '');

/** The fixed queries, in a fixed order, without the corpus's own common words. */
export function fixedQueries(): string[] {
  const names: string[] = [];
  const cities: string[] = [];
  for (const [index, country] of demoCountries.entries()) {
    for (let n = 0; n < 3; n += 1) {
      const first = country.firstNames[(index + n * 5) % country.firstNames.length];
      const last = country.lastNames[(index * 3 + n * 7) % country.lastNames.length];
      if (first && last) names.push(`${first} ${last}`);
    }
    for (const city of country.cities.slice(0, 2)) cities.push(unaccented(city));
  }
  const lastNames = demoCountries.flatMap((country) => country.lastNames.slice(0, 1));
  const typos = names.slice(0, 40).map(typo);
  return [...new Set([...names, ...lastNames, ...typos, ...cities, ...TOPIC_WORDS, ...COMMON_WORDS])];
}

/**
 * The 20 words that occur in most documents, read from a sample of `search_documents`
 * (words as written, any language), so the list holds what is common in this corpus.
 */
export const CORPUS_COMMON_WORDS_SQL = `
  SELECT word FROM (
    SELECT regexp_split_to_table(lower(title || ' ' || body), '[^[:alpha:]]+') AS word
      FROM search_documents TABLESAMPLE SYSTEM (2) REPEATABLE (42)
  ) words
  WHERE length(word) > 1
  GROUP BY word ORDER BY count(*) DESC, word LIMIT 20`;
