import type { EntityManager } from 'typeorm';
import { renderMarkdown } from '../../common/markdown/markdown';

type Db = Pick<EntityManager, 'query'>;

interface DemoPetition {
  title: string;
  text: string;
  addressee: string;
  goal: number;
  topics: string[];
  countries: string[];
  language: string;
  /** Days from now: negative in the past. */
  openedDays: number;
  deadlineDays: number;
  /** How many seeded members signed. */
  signers: number;
  /** Set for a delivered petition: closed on its deadline with this response. */
  response?: string;
}

const PETITIONS: DemoPetition[] = [
  {
    title: 'An EU civil society strategy that protects civic space',
    text: 'Across Europe, organisations that defend rights, the environment and democracy face smear campaigns, funding cuts and laws that make their work harder.\n\nWe ask the European Commission to adopt a **civil society strategy** with:\n\n- a yearly report on civic space in every member state,\n- core funding that small organisations can reach,\n- protection for activists who are harassed for their work.',
    addressee: 'European Commission',
    goal: 60,
    topics: ['democracy-and-participation', 'human-rights'],
    countries: ['BE', 'HU', 'PL', 'IT'],
    language: 'en',
    openedDays: -20,
    deadlineDays: 40,
    signers: 34,
  },
  {
    title: 'Keep Lisbon’s neighbourhood community centres open',
    text: 'The city plans to close three community centres in Marvila and Penha de França, where migrants, older people and young people meet, learn Portuguese and organise.\n\nWe ask the City Council to keep them open and to fund them for the next five years.',
    addressee: 'Lisbon City Council',
    goal: 25,
    topics: ['democracy-and-participation', 'migration-and-asylum'],
    countries: ['PT'],
    language: 'en',
    openedDays: -75,
    deadlineDays: -15,
    signers: 28,
    response:
      'The City Council answered on the day we handed over the signatures: **two of the three centres stay open**, with funding until 2029. The third moves into the new library in Penha de França. We will keep watching that the promise is kept.',
  },
  {
    title: 'Mehr Plätze in Berliner Frauenhäusern',
    text: 'In Berlin fehlen Hunderte Plätze in Frauenhäusern. Jede Woche werden Frauen und Kinder abgewiesen.\n\nWir fordern den Senat auf, bis 2028 **200 zusätzliche Plätze** zu finanzieren.',
    addressee: 'Senat von Berlin',
    goal: 150,
    topics: ['gender-equality', 'human-rights'],
    countries: ['DE'],
    language: 'de',
    openedDays: -6,
    deadlineDays: 54,
    signers: 12,
  },
];

/**
 * Three believable petitions by owners of public organisations: one open and well on its
 * way (a milestone reached), one in German just started, and one delivered with the
 * council's response. Signatures come from the seeded members who confirmed their address,
 * some showing their name; the counts and milestones match the rows, as signing through the
 * API leaves them. Their activities are recorded with the other seeded content.
 */
export async function seedDemoPetitions(db: Db): Promise<void> {
  const authors: { user_id: string; organisation_id: string }[] = await db.query(
    `SELECT m.user_id, o.id AS organisation_id FROM organisations o
       JOIN memberships m ON m.organisation_id = o.id AND m.role = 'owner'
      WHERE o.visibility = 'public' AND o.hidden_at IS NULL
      ORDER BY o.created_at, o.id LIMIT $1`,
    [PETITIONS.length],
  );
  for (const [i, petition] of PETITIONS.entries()) {
    const author = authors[i];
    if (!author) return;
    const delivered = petition.response !== undefined;
    const [row]: { id: string }[] = await db.query(
      `INSERT INTO petitions (author_id, organisation_id, title, text, text_html, addressee, goal, deadline,
                              topics, countries, language, state, opened_at, closed_at, response,
                              response_html, delivered_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now() + make_interval(days => $8), $9, $10, $11, $12,
               now() + make_interval(days => $13), $14, $15, $16, $17,
               now() + make_interval(days => $13 - 2), now())
       RETURNING id`,
      [
        author.user_id,
        author.organisation_id,
        petition.title,
        petition.text,
        renderMarkdown(petition.text),
        petition.addressee,
        petition.goal,
        petition.deadlineDays,
        petition.topics,
        petition.countries,
        petition.language,
        delivered ? 'delivered' : 'open',
        petition.openedDays,
        delivered ? new Date(Date.now() + petition.deadlineDays * 86_400_000) : null,
        petition.response ?? null,
        petition.response ? renderMarkdown(petition.response) : null,
        delivered ? new Date(Date.now() + (petition.deadlineDays + 5) * 86_400_000) : null,
      ],
    );
    if (!row) continue;
    // Members sign between the opening and the deadline (or now); every third shows no name.
    await db.query(
      `INSERT INTO petition_signatures (petition_id, user_id, email_norm, name, country, show_name,
                                        share_contact, status, created_at, confirmed_at)
       SELECT $1, u.id, lower(u.email), u.display_name, pr.country, s.n % 3 <> 0, s.n % 2 = 0, 'confirmed',
              p.opened_at + (least(p.deadline, now()) - p.opened_at) * (s.n::float / ($3 + 1)),
              p.opened_at + (least(p.deadline, now()) - p.opened_at) * (s.n::float / ($3 + 1))
         FROM petitions p,
              LATERAL (SELECT u.id, row_number() OVER (ORDER BY md5(u.id::text || $2)) AS n
                         FROM users u WHERE u.email_verified_at IS NOT NULL AND u.suspended_at IS NULL
                          AND u.id <> p.author_id) s
         JOIN users u ON u.id = s.id JOIN profiles pr ON pr.user_id = u.id
        WHERE p.id = $1 AND s.n <= $3`,
      [row.id, petition.title, petition.signers],
    );
    await db.query(
      `UPDATE petitions p SET signature_count = c.n,
              closed_count = CASE WHEN p.state = 'delivered' THEN c.n END
         FROM (SELECT count(*)::int AS n FROM petition_signatures WHERE petition_id = $1 AND status = 'confirmed') c
        WHERE p.id = $1`,
      [row.id],
    );
    await db.query(
      `INSERT INTO petition_milestones (petition_id, percent, reached_at)
       SELECT p.id, m.percent, now()
         FROM petitions p, unnest(ARRAY[25, 50, 100]) AS m (percent)
        WHERE p.id = $1 AND p.signature_count >= greatest(1, ceil(p.goal * m.percent / 100.0))`,
      [row.id],
    );
  }
}
