import type { EntityManager } from 'typeorm';
import { demoCountries } from './countries';
import type { SeedMembership, SeedTopic } from './generate';
import { createRandom, type Random, slugify } from './random';

/**
 * Posts, comments and "useful" reactions for the demo and scale seeds: news, stories,
 * guides, experience reports and best practices across the seeded countries, written in
 * the author's language where we have words for it, in English otherwise. Everything is
 * inserted set-wise (`unnest`), one statement per batch.
 */
type Db = Pick<EntityManager, 'query'>;

type Kind = 'news' | 'story' | 'guide' | 'experience_report' | 'best_practice';
const KINDS: Kind[] = ['news', 'story', 'guide', 'experience_report', 'best_practice'];

/** Who may write: people, and people who may publish as an organisation. */
export interface PostAuthors {
  people: { id: string; country: string | null }[];
  publishers: { userId: string; organisationId: string; country: string }[];
}

export interface SeedPost {
  authorId: string;
  organisationId: string | null;
  kind: Kind;
  slug: string;
  title: string;
  summary: string;
  body: string;
  topics: string[];
  countries: string[];
  language: string;
  status: 'draft' | 'published' | 'archived';
  audience: 'public' | 'members' | 'organisation';
  ageMinutes: number;
  editedMinutesAfter: number | null;
}

interface Words {
  titles: Record<Kind, string[]>;
  summaries: string[];
  paragraphs: string[];
}

/** {topic}, {city} and {country} are filled in from the post. */
const words: Record<string, Words> = {
  en: {
    titles: {
      news: [
        '{country}: new law puts pressure on {topic} groups',
        'Coalition in {city} launches campaign on {topic}',
        'EU consultation on {topic} opens – what civil society should know',
        'Court ruling in {country} strengthens {topic}',
      ],
      story: [
        'How a neighbourhood in {city} organised around {topic}',
        'Ten years of {topic} work in {country}: a look back',
        'The volunteers keeping {topic} alive in {city}',
      ],
      guide: [
        'A practical guide to {topic} campaigns',
        'Step by step: building a coalition on {topic}',
        'How to brief journalists on {topic}',
        'Starting a {topic} project with little money',
      ],
      experience_report: [
        'What we learned running a {topic} assembly in {city}',
        'Our first EU-funded {topic} project: an honest report',
        'Two years of online {topic} trainings in {country}',
      ],
      best_practice: [
        'Safe meetings for {topic} activists',
        'Sharing {topic} data openly without putting people at risk',
        'Involving young people in {topic} decisions',
      ],
    },
    summaries: [
      'What happened, why it matters for {topic}, and what comes next.',
      'Lessons from {city} that other groups across Europe can use.',
      'A short overview with links to everything you need.',
    ],
    paragraphs: [
      'We started small, with a handful of volunteers in {city} and a shared document.',
      'The hardest part was not the budget but keeping everyone informed and safe.',
      'Partners from other countries helped us see what was special about {country}.',
      'If you try this yourself, plan more time for the first meeting than you think.',
      'We publish our materials under an open licence so that others can adapt them.',
    ],
  },
  de: {
    titles: {
      news: [
        '{country}: Neues Gesetz setzt Initiativen zu {topic} unter Druck',
        'Bündnis in {city} startet Kampagne zu {topic}',
      ],
      story: ['Wie sich ein Viertel in {city} für {topic} organisierte'],
      guide: ['Leitfaden: Kampagnen zu {topic} planen', 'Schritt für Schritt zum Bündnis für {topic}'],
      experience_report: ['Was wir aus unserem Projekt zu {topic} in {city} gelernt haben'],
      best_practice: ['Sichere Treffen für Aktive im Bereich {topic}'],
    },
    summaries: [
      'Was passiert ist und was es für {topic} bedeutet.',
      'Erfahrungen aus {city} für andere Gruppen.',
    ],
    paragraphs: [
      'Wir haben klein angefangen, mit einer Handvoll Ehrenamtlicher in {city}.',
      'Am schwierigsten war nicht das Geld, sondern alle gut zu informieren.',
      'Unsere Materialien stehen unter einer offenen Lizenz zur Verfügung.',
    ],
  },
  fr: {
    titles: {
      news: [
        '{country} : une nouvelle loi inquiète les acteurs de {topic}',
        'À {city}, une coalition lance une campagne sur {topic}',
      ],
      story: ['Comment un quartier de {city} s’est mobilisé pour {topic}'],
      guide: [
        'Guide pratique des campagnes sur {topic}',
        'Construire une coalition sur {topic}, étape par étape',
      ],
      experience_report: ['Ce que nous avons appris d’une assemblée sur {topic} à {city}'],
      best_practice: ['Des réunions sûres pour les militants de {topic}'],
    },
    summaries: [
      'Ce qui s’est passé et ce que cela change pour {topic}.',
      'Des leçons de {city} utiles à d’autres groupes.',
    ],
    paragraphs: [
      'Nous avons commencé petit, avec quelques bénévoles à {city}.',
      'Le plus difficile n’était pas le budget mais l’information de toutes et tous.',
      'Nos documents sont publiés sous licence libre.',
    ],
  },
  es: {
    titles: {
      news: [
        '{country}: una nueva ley presiona a los colectivos de {topic}',
        'Una coalición de {city} lanza una campaña sobre {topic}',
      ],
      story: ['Cómo un barrio de {city} se organizó en torno a {topic}'],
      guide: ['Guía práctica para campañas sobre {topic}'],
      experience_report: ['Lo que aprendimos en nuestra asamblea sobre {topic} en {city}'],
      best_practice: ['Reuniones seguras para activistas de {topic}'],
    },
    summaries: ['Qué pasó y qué significa para {topic}.', 'Lecciones de {city} para otros grupos.'],
    paragraphs: [
      'Empezamos con pocas personas voluntarias en {city}.',
      'Lo más difícil no fue el dinero, sino mantener a todo el mundo informado.',
      'Publicamos nuestros materiales con licencia abierta.',
    ],
  },
};

const COMMENTS = [
  'Thank you, this is really useful for our group.',
  'We tried something similar in our city – happy to share notes.',
  'Do you have the materials in other languages?',
  'Great overview. Which partners did you work with?',
  'This matches our experience exactly.',
  'Could you say more about how you kept people safe?',
];
const REPLIES = [
  'Yes, send us a message!',
  'Good question – we will add a section on that.',
  'Thanks, glad it helps.',
];

const countryByCode = new Map(demoCountries.map((country) => [country.code, country]));

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Generates `count` posts; `slugSuffix(n)` keeps slugs unique across runs. */
export function makePosts(
  random: Random,
  count: number,
  authors: PostAuthors,
  topics: SeedTopic[],
  slugSuffix: (n: number) => string,
): SeedPost[] {
  const posts: SeedPost[] = [];
  for (let n = 0; n < count; n++) {
    const asOrganisation = authors.publishers.length > 0 && random.chance(0.35);
    const publisher = asOrganisation ? random.pick(authors.publishers) : null;
    const person = publisher ? null : random.pick(authors.people);
    const countryCode = publisher?.country ?? person?.country ?? random.pick(demoCountries).code;
    const country = countryByCode.get(countryCode) ?? random.pick(demoCountries);
    const native = country.languages[0] ?? 'en';
    const language = words[native] && random.chance(0.6) ? native : 'en';
    const vocabulary = words[language] ?? (words.en as Words);
    const kind = KINDS[n % KINDS.length] as Kind;
    const postTopics = random.sample(topics, random.int(1, 3)).map((topic) => topic.slug);
    const values = {
      topic: (topics.find((topic) => topic.slug === postTopics[0])?.name ?? 'civic space').toLowerCase(),
      city: random.pick(country.cities),
      country: countryNameOf(country.code),
    };
    const title = fill(random.pick(vocabulary.titles[kind]), values);
    const paragraphs = random
      .sample(vocabulary.paragraphs, random.int(2, 4))
      .map((text) => fill(text, values));
    const status = random.chance(0.04) ? 'draft' : random.chance(0.03) ? 'archived' : 'published';
    const audience =
      publisher && random.chance(0.05) ? 'organisation' : random.chance(0.12) ? 'members' : 'public';
    const ageMinutes = random.int(10, 730 * 24 * 60);
    posts.push({
      authorId: publisher?.userId ?? person?.id ?? '',
      organisationId: publisher?.organisationId ?? null,
      kind,
      slug: `${slugify(title).slice(0, 70).replace(/-+$/, '')}-${slugSuffix(n)}`,
      title,
      summary: fill(random.pick(vocabulary.summaries), values),
      body: paragraphs.join('\n\n'),
      topics: postTopics,
      countries: random.chance(0.2) ? [country.code, random.pick(demoCountries).code] : [country.code],
      language,
      status,
      audience,
      ageMinutes,
      editedMinutesAfter:
        status !== 'draft' && random.chance(0.15) ? random.int(5, Math.min(ageMinutes, 20_000)) : null,
    });
  }
  return posts;
}

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });
function countryNameOf(code: string): string {
  return countryNames.of(code) ?? code;
}

/** Inserts posts in one statement; returns their ids in order. */
export async function insertPosts(db: Db, posts: SeedPost[]): Promise<string[]> {
  const rows: { id: string }[] = await db.query(
    `INSERT INTO posts (author_id, organisation_id, kind, slug, title, summary, body, body_html, topics,
                        countries, language, status, audience, published_at, edited_at, created_at, updated_at)
     SELECT v.author_id, v.organisation_id, v.kind, v.slug, v.title, v.summary, v.body, v.body_html,
            string_to_array(v.topics, ','), string_to_array(v.countries, ','), v.language, v.status, v.audience,
            CASE WHEN v.status = 'draft' THEN NULL ELSE now() - make_interval(mins => v.age_minutes) END,
            CASE WHEN v.edited_after IS NULL THEN NULL
                 ELSE now() - make_interval(mins => v.age_minutes - v.edited_after) END,
            now() - make_interval(mins => v.age_minutes + 30),
            now() - make_interval(mins => v.age_minutes)
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                   $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::int[],
                   $15::int[]) WITH ORDINALITY
         AS v(author_id, organisation_id, kind, slug, title, summary, body, body_html, topics, countries,
              language, status, audience, age_minutes, edited_after, position)
      ORDER BY v.position
     RETURNING id`,
    [
      posts.map((post) => post.authorId),
      posts.map((post) => post.organisationId),
      posts.map((post) => post.kind),
      posts.map((post) => post.slug),
      posts.map((post) => post.title),
      posts.map((post) => post.summary),
      posts.map((post) => post.body),
      posts.map((post) =>
        post.body
          .split('\n\n')
          .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
          .join('\n'),
      ),
      posts.map((post) => post.topics.join(',')),
      posts.map((post) => post.countries.join(',')),
      posts.map((post) => post.language),
      posts.map((post) => post.status),
      posts.map((post) => post.audience),
      posts.map((post) => post.ageMinutes),
      posts.map((post) => post.editedMinutesAfter),
    ],
  );
  return rows.map((row) => row.id);
}

/** Comments (some with a reply) and "useful" reactions on the published posts. */
async function insertConversation(
  db: Db,
  random: Random,
  posts: SeedPost[],
  postIds: string[],
  people: string[],
) {
  const comments: { postId: string; authorId: string; body: string; ageMinutes: number }[] = [];
  const reactions: { postId: string; userId: string }[] = [];
  posts.forEach((post, i) => {
    const postId = postIds[i];
    if (post.status !== 'published' || !postId) return;
    for (let c = random.int(0, 4); c > 0; c--) {
      comments.push({
        postId,
        authorId: random.pick(people),
        body: random.pick(COMMENTS),
        ageMinutes: random.int(1, Math.max(2, post.ageMinutes - 1)),
      });
    }
    for (const userId of random.sample(people, random.int(0, 12))) reactions.push({ postId, userId });
  });
  const commentIds: { id: string; post_id: string; age: number }[] = await db.query(
    `INSERT INTO post_comments (post_id, author_id, body, body_html, created_at)
     SELECT v.post_id, v.author_id, v.body, '<p>' || v.body || '</p>', now() - make_interval(mins => v.age)
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[]) AS v(post_id, author_id, body, age)
     RETURNING id, post_id, extract(epoch FROM now() - created_at)::int / 60 AS age`,
    [
      comments.map((comment) => comment.postId),
      comments.map((comment) => comment.authorId),
      comments.map((comment) => comment.body),
      comments.map((comment) => comment.ageMinutes),
    ],
  );
  const replies = commentIds.filter(() => random.chance(0.3));
  await db.query(
    `INSERT INTO post_comments (post_id, parent_id, author_id, body, body_html, created_at)
     SELECT v.post_id, v.parent_id, v.author_id, v.body, '<p>' || v.body || '</p>',
            now() - make_interval(mins => v.age)
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::int[]) AS v(post_id, parent_id, author_id, body, age)`,
    [
      replies.map((reply) => reply.post_id),
      replies.map((reply) => reply.id),
      replies.map(() => random.pick(people)),
      replies.map(() => random.pick(REPLIES)),
      replies.map((reply) => Math.max(0, reply.age - random.int(1, 600))),
    ],
  );
  await db.query(
    `INSERT INTO post_reactions (post_id, user_id)
     SELECT * FROM unnest($1::uuid[], $2::uuid[]) ON CONFLICT DO NOTHING`,
    [reactions.map((reaction) => reaction.postId), reactions.map((reaction) => reaction.userId)],
  );
}

export const DEMO_POSTS = 300;

/** The demo's posts, with comments and reactions, from a fixed seed. */
export async function seedDemoPosts(
  db: Db,
  network: {
    personIds: string[];
    organisationIds: string[];
    people: { country: string | null }[];
    organisations: { country: string }[];
    memberships: SeedMembership[];
    topics: SeedTopic[];
  },
): Promise<void> {
  const random = createRandom(20_260_311);
  const authors: PostAuthors = {
    people: network.personIds.map((id, i) => ({ id, country: network.people[i]?.country ?? null })),
    publishers: network.memberships
      .filter((m) => m.role !== 'member')
      .map((m) => ({
        userId: network.personIds[m.person] ?? '',
        organisationId: network.organisationIds[m.organisation] ?? '',
        country: network.organisations[m.organisation]?.country ?? 'BE',
      })),
  };
  const posts = makePosts(random, DEMO_POSTS, authors, network.topics, (n) => `d${n.toString(36)}`);
  const ids = await insertPosts(db, posts);
  await insertConversation(db, random, posts, ids, network.personIds);
}

/**
 * Adds `count` posts for benchmarks, written by people and organisation editors already
 * in the database, in batches. Slugs continue after the posts already there.
 */
export async function seedPostsAtScale(
  db: Db,
  options: {
    count: number;
    seed: number;
    topics: SeedTopic[];
    batchSize: number;
    log: (message: string) => void;
  },
): Promise<number> {
  const [{ offset } = { offset: 0 }]: { offset: number }[] = await db.query(
    'SELECT count(*)::int AS offset FROM posts',
  );
  const random = createRandom(options.seed + offset);
  const people: PostAuthors['people'] = await db.query(
    'SELECT user_id AS id, country FROM profiles ORDER BY user_id LIMIT 200000',
  );
  if (people.length === 0) return 0;
  const publishers: PostAuthors['publishers'] = await db.query(
    `SELECT m.user_id AS "userId", m.organisation_id AS "organisationId", o.country
       FROM memberships m JOIN organisations o ON o.id = m.organisation_id
      WHERE m.role IN ('owner', 'admin', 'editor')
      ORDER BY m.organisation_id, m.user_id LIMIT 100000`,
  );
  let inserted = 0;
  for (let start = 0; start < options.count; start += options.batchSize) {
    const size = Math.min(options.batchSize, options.count - start);
    const posts = makePosts(
      random,
      size,
      { people, publishers },
      options.topics,
      (n) => `s${(offset + start + n).toString(36)}`,
    );
    inserted += (await insertPosts(db, posts)).length;
    options.log(`  ${inserted} posts`);
  }
  return inserted;
}
