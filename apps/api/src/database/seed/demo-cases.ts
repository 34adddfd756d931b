import type { EntityManager } from 'typeorm';
import { renderMarkdown } from '../../common/markdown/markdown';
import { demoCases } from './demo-case-stories';
import type { Random } from './random';

type Db = Pick<EntityManager, 'query'>;

/** The demo member (Lucía) submitted the cases still with the moderators, so "My cases" tells the story. */
const DEMO_MEMBER = 2;

/**
 * The thirty demo cases: most published (a few weeks to two years ago), two waiting for
 * a moderator and one returned with a note. Organisers and funders given by position are
 * demo organisations, linked; the others are names. Rows are written set-wise; the
 * published ones get their activity from `recordSeededActivities`.
 */
export async function seedDemoCases(
  db: Db,
  random: Random,
  personIds: string[],
  organisationIds: string[],
): Promise<void> {
  const authors = random.sample(personIds.slice(3), demoCases.length);
  const submitters = demoCases.map((item, index) => (item.state ? personIds[DEMO_MEMBER] : authors[index]));
  const ages = demoCases.map(() => random.int(20, 700));
  const inserted: { id: string }[] = await db.query(
    `INSERT INTO cases (title, summary, description, description_html, country, place, scope, start_date,
                        end_date, ongoing, purpose, iap2_level, methods, participant_count, recruitment,
                        format, outcomes, impact, links, topics, language, status, submitted_by,
                        submitted_at, review_note, published_at, created_at, updated_at)
     SELECT v.title, v.summary, v.description, v.description_html, v.country, v.place, v.scope,
            v.start_date::date, v.end_date::date, v.ongoing, v.purpose, v.iap2_level,
            string_to_array(v.methods, ','), v.participants, v.recruitment, v.format, v.outcomes, v.impact,
            v.links::jsonb, string_to_array(v.topics, ','), v.language, v.status, v.submitted_by,
            now() - make_interval(days => v.age_days), v.review_note,
            CASE WHEN v.status = 'published' THEN now() - make_interval(days => v.age_days - 2) END,
            now() - make_interval(days => v.age_days), now() - make_interval(days => v.age_days)
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                   $8::text[], $9::text[], $10::boolean[], $11::text[], $12::text[], $13::text[], $14::int[],
                   $15::text[], $16::text[], $17::text[], $18::text[], $19::text[], $20::text[], $21::text[],
                   $22::text[], $23::uuid[], $24::text[], $25::int[])
         AS v(title, summary, description, description_html, country, place, scope, start_date, end_date,
              ongoing, purpose, iap2_level, methods, participants, recruitment, format, outcomes, impact,
              links, topics, language, status, submitted_by, review_note, age_days)
     RETURNING id`,
    [
      demoCases.map((c) => c.title),
      demoCases.map((c) => c.summary),
      demoCases.map((c) => c.description),
      demoCases.map((c) => renderMarkdown(c.description)),
      demoCases.map((c) => c.country),
      demoCases.map((c) => c.place),
      demoCases.map((c) => c.scope),
      demoCases.map((c) => c.start),
      demoCases.map((c) => (c.end === 'ongoing' ? null : c.end)),
      demoCases.map((c) => c.end === 'ongoing'),
      demoCases.map((c) => c.purpose),
      demoCases.map((c) => c.iap2),
      demoCases.map((c) => c.methods.join(',')),
      demoCases.map((c) => c.participants),
      demoCases.map((c) => c.recruitment),
      demoCases.map((c) => c.format),
      demoCases.map((c) => c.outcomes),
      demoCases.map((c) => c.impact),
      demoCases.map((c) => JSON.stringify(c.links)),
      demoCases.map((c) => c.topics.join(',')),
      demoCases.map((c) => c.language),
      demoCases.map((c) => c.state ?? 'published'),
      submitters,
      demoCases.map((c) =>
        c.state === 'returned'
          ? 'Thank you, this is a useful warning. Please add how many people answered online and on paper, and what the council did with the community-run library.'
          : null,
      ),
      ages,
    ],
  );

  const parties = inserted.flatMap((row, index) => {
    const item = demoCases[index];
    if (!item) return [];
    return (['organiser', 'funder'] as const).flatMap((role) =>
      (role === 'organiser' ? item.organisers : item.funders).map((party, position) => ({
        caseId: row.id,
        role,
        position,
        organisationId: typeof party === 'number' ? (organisationIds[party] ?? null) : null,
        name: typeof party === 'number' ? '' : party,
      })),
    );
  });
  await db.query(
    `INSERT INTO case_parties (case_id, role, position, organisation_id, name)
     SELECT v.case_id, v.role, v.position, v.organisation_id,
            coalesce((SELECT o.name FROM organisations o WHERE o.id = v.organisation_id), v.name)
       FROM unnest($1::uuid[], $2::text[], $3::int[], $4::uuid[], $5::text[])
         AS v(case_id, role, position, organisation_id, name)`,
    [
      parties.map((p) => p.caseId),
      parties.map((p) => p.role),
      parties.map((p) => p.position),
      parties.map((p) => p.organisationId),
      parties.map((p) => p.name),
    ],
  );
}
