import type { EntityManager } from 'typeorm';
import { renderMarkdown } from '../../common/markdown/markdown';

interface DemoIdea {
  title: string;
  body: string;
  city: string | null;
  country: string | null;
}

interface DemoConsultation {
  title: string;
  description: string;
  scope: 'local' | 'regional' | 'national' | 'european';
  topics: string[];
  languages: string[];
  /** Days from now of the phases' starts and ends: information, ideas, supports, evaluation. */
  days: [number, number, number, number, number];
  supportThreshold: number;
  ideas: DemoIdea[];
  comments: string[];
  /** The answer to the most supported idea, published and accepted, and a follow-up. */
  answer: string;
  update: string;
}

const CONSULTATIONS: DemoConsultation[] = [
  {
    title: 'Safer streets around our schools',
    description:
      'Parents, teachers and neighbours: what would make the walk to school safer?\n\nWe collect ideas until the end of the month, then members support the ones they want us to take to the city council.',
    scope: 'local',
    topics: ['democracy-and-participation'],
    languages: ['en', 'fr'],
    days: [-20, -14, 10, 24, 40],
    supportThreshold: 5,
    ideas: [
      {
        title: 'School streets closed to cars at drop-off time',
        body: 'Close the street in front of each primary school to motor traffic for **30 minutes** in the morning and afternoon, as Brussels and Paris already do.',
        city: 'Brussels',
        country: 'BE',
      },
      {
        title: 'Volunteer crossing guards from the neighbourhood',
        body: 'Train retired neighbours and parents as crossing guards at the three busiest junctions.',
        city: 'Brussels',
        country: 'BE',
      },
      {
        title: 'A walking bus every Wednesday',
        body: 'Children walk together along a fixed route with two adults, picking others up on the way.',
        city: null,
        country: null,
      },
      {
        title: 'Wider pavements on Rue de la Loi',
        body: 'The pavement is too narrow for prams and wheelchairs near the school gate.',
        city: 'Brussels',
        country: 'BE',
      },
    ],
    comments: [
      'Our school tried this for a term; traffic in the side streets did not increase.',
      'Who would insure the volunteers?',
      'We could ask the parents’ association to organise the rota.',
    ],
    answer:
      'We will bring this proposal to the mobility committee of the city council in its next session, with the supports as evidence.',
    update: 'The mobility committee agreed to a six-month trial at two schools, starting after the holidays.',
  },
  {
    title: 'What should the European civic space report cover next year?',
    description:
      'Every year our network publishes a report on the state of civic space in Europe.\n\nTell us which **threats** and which **good practices** we should document next.',
    scope: 'european',
    topics: ['human-rights'],
    languages: ['en', 'de', 'fr'],
    days: [-40, -30, -5, 15, 30],
    supportThreshold: 3,
    ideas: [
      {
        title: 'Legal harassment of environmental defenders (SLAPPs)',
        body: 'Document lawsuits against activists and journalists, country by country, and the anti-SLAPP directive’s transposition.',
        city: null,
        country: null,
      },
      {
        title: 'Access to funding for small grassroots groups',
        body: 'Many calls exclude groups without legal personality. Which funders do not?',
        city: 'Warsaw',
        country: 'PL',
      },
      {
        title: 'Digital surveillance of protesters',
        body: 'Facial recognition at demonstrations and what the AI Act changes.',
        city: null,
        country: null,
      },
    ],
    comments: [
      'Please include the candidate countries too.',
      'We can share our database of cases from Hungary.',
      'Good practice examples from Ireland would help here.',
    ],
    answer: 'This will be the main chapter of next year’s report; we are looking for country correspondents.',
    update: 'We have correspondents in nine countries and will publish a first draft in the spring.',
  },
];

/**
 * Two believable consultations by public demo organisations, each run by its owner:
 * phases around today (one taking supports, one in evaluation), ideas by members of the
 * network with supports, comments and a reply, and an accepted, published answer with a
 * follow-up on the most supported idea. Their activities are recorded so that followers
 * of the organisations see them in the home feed.
 */
export async function seedDemoProcesses(tx: EntityManager, topics: readonly string[]): Promise<void> {
  const runners: { organisation_id: string; owner_id: string }[] = await tx.query(
    `SELECT o.id AS organisation_id, m.user_id AS owner_id
       FROM organisations o JOIN memberships m ON m.organisation_id = o.id AND m.role = 'owner'
      WHERE o.visibility = 'public' AND o.hidden_at IS NULL
      ORDER BY md5(o.slug), o.id LIMIT $1`,
    [CONSULTATIONS.length],
  );
  const people: { user_id: string }[] = await tx.query(
    `SELECT user_id FROM profiles WHERE visibility = 'public' AND hidden_at IS NULL ORDER BY md5(handle) LIMIT 12`,
  );
  const day = (offset: number) => new Date(Date.now() + offset * 24 * 60 * 60 * 1000);
  for (const [index, consultation] of CONSULTATIONS.entries()) {
    const runner = runners[index];
    if (!runner || people.length < 6) return;
    const known = consultation.topics.filter((topic) => topics.includes(topic));
    const [d0, d1, d2, d3, d4] = consultation.days.map(day) as [Date, Date, Date, Date, Date];
    const [process] = (await tx.query(
      `INSERT INTO processes (organisation_id, author_id, title, description, description_html, topics, scope,
                              languages, starts_at, ends_at, support_threshold, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $9) RETURNING id`,
      [
        runner.organisation_id,
        runner.owner_id,
        consultation.title,
        consultation.description,
        renderMarkdown(consultation.description),
        known,
        consultation.scope,
        consultation.languages,
        d0,
        d4,
        consultation.supportThreshold,
      ],
    )) as { id: string }[];
    if (!process) return;
    await tx.query(
      `INSERT INTO process_phases (process_id, position, kind, starts_at, ends_at, allows_proposing,
                                   allows_supporting, allows_commenting)
       VALUES ($1, 0, 'information', $2, $3, false, false, true), ($1, 1, 'ideas', $3, $4, true, true, true),
              ($1, 2, 'supports', $4, $5, false, true, true), ($1, 3, 'evaluation', $5, $6, false, false, false)`,
      [process.id, d0, d1, d2, d3, d4],
    );
    const ideaIds: string[] = [];
    for (const [n, idea] of consultation.ideas.entries()) {
      const author = people[(index * 5 + n) % people.length]?.user_id;
      const [row] = (await tx.query(
        `INSERT INTO ideas (process_id, author_id, title, body, body_html, topics, city, country, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          process.id,
          author,
          idea.title,
          idea.body,
          renderMarkdown(idea.body),
          known,
          idea.city,
          idea.country,
          day(consultation.days[1] + n + 1),
        ],
      )) as { id: string }[];
      if (row) ideaIds.push(row.id);
    }
    // Supports fall off from the first idea to the last: 6, 4, 2, 1 people.
    const supports = ideaIds.flatMap((ideaId, n) =>
      people.slice(0, Math.max(1, 6 - n * 2)).map((person) => [ideaId, person.user_id] as const),
    );
    await tx.query(
      `INSERT INTO idea_supports (idea_id, user_id, process_id)
       SELECT idea, person, $3 FROM unnest($1::uuid[], $2::uuid[]) AS s (idea, person)`,
      [supports.map(([idea]) => idea), supports.map(([, person]) => person), process.id],
    );
    await tx.query(
      `UPDATE ideas i SET supports_count = (SELECT count(*) FROM idea_supports s WHERE s.idea_id = i.id)
        WHERE i.process_id = $1`,
      [process.id],
    );
    await tx.query(
      `INSERT INTO process_participations (process_id, user_id, idea_count, support_count)
       SELECT $1, p.user_id,
              (SELECT count(*) FROM ideas i WHERE i.process_id = $1 AND i.author_id = p.user_id),
              (SELECT count(*) FROM idea_supports s WHERE s.process_id = $1 AND s.user_id = p.user_id)
         FROM (SELECT author_id AS user_id FROM ideas WHERE process_id = $1
               UNION SELECT user_id FROM idea_supports WHERE process_id = $1) p`,
      [process.id],
    );
    const [first] = ideaIds;
    if (!first) continue;
    const [thread] = (await tx.query(
      `INSERT INTO idea_comments (idea_id, author_id, body) VALUES ($1, $2, $3) RETURNING id`,
      [first, people[4]?.user_id, consultation.comments[0]],
    )) as { id: string }[];
    await tx.query(
      `INSERT INTO idea_comments (idea_id, author_id, parent_id, body)
       VALUES ($1, $2, $3, $4), ($5, $6, NULL, $7)`,
      [
        first,
        people[5]?.user_id,
        thread?.id,
        consultation.comments[1],
        ideaIds[1] ?? first,
        people[3]?.user_id,
        consultation.comments[2],
      ],
    );
    await tx.query(
      `INSERT INTO idea_answers (idea_id, author_id, draft_state, draft_text, published_state, published_text,
                                 published_text_html, published_at)
       VALUES ($1, $2, 'accepted', $3, 'accepted', $3, $4, now())`,
      [first, runner.owner_id, consultation.answer, renderMarkdown(consultation.answer)],
    );
    await tx.query(`UPDATE ideas SET answer_state = 'accepted', answered_at = now() WHERE id = $1`, [first]);
    await tx.query(`INSERT INTO idea_updates (idea_id, author_id, body, body_html) VALUES ($1, $2, $3, $4)`, [
      first,
      runner.owner_id,
      consultation.update,
      renderMarkdown(consultation.update),
    ]);
    await tx.query(
      `INSERT INTO activities (actor_id, organisation_id, verb, object_type, object_id, topics, audience, created_at)
       SELECT $1::uuid, $2::uuid, 'published', 'process', $3::uuid, $4::text[], 'public', $5::timestamptz
       UNION ALL
       SELECT i.author_id, $2::uuid, 'published', 'idea', i.id, i.topics, 'public', i.created_at
         FROM ideas i WHERE i.process_id = $3::uuid
       ORDER BY 8`,
      [runner.owner_id, runner.organisation_id, process.id, known, d0],
    );
  }
}
