import type { EntityManager } from 'typeorm';
import type { SeedFollow, SeedMembership, SeedOrganisation, SeedPerson } from './generate';

/**
 * Writes generated rows set-wise: each call is one statement over arrays passed as
 * parameters (`unnest`), never a statement per row.
 */
type Db = Pick<EntityManager, 'query'>;

const list = (values: string[]) => values.join(',');
const asArray = (column: string) => `string_to_array(${column}, ',')`;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Seed texts are plain paragraphs, so their HTML is the escaped paragraphs. */
function paragraphsHtml(text: string): string {
  return text
    .split('\n\n')
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('\n');
}

/**
 * Inserts accounts (their profiles come from the users trigger) and then fills the
 * profiles in one UPDATE. Returns the new user ids in the order of `people`.
 */
export async function insertPeople(db: Db, people: SeedPerson[], passwordHash: string): Promise<string[]> {
  const inserted: { id: string; email: string }[] = await db.query(
    `INSERT INTO users (email, password_hash, display_name, role, email_verified_at, created_at)
     SELECT v.email, $5, v.display_name, v.role, now() - make_interval(days => v.age_days),
            now() - make_interval(days => v.age_days)
       FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) AS v(email, display_name, role, age_days)
     RETURNING id, email`,
    [
      people.map((person) => person.email),
      people.map((person) => person.displayName),
      people.map((person) => person.siteRole),
      people.map((person) => person.ageDays),
      passwordHash,
    ],
  );
  const idByEmail = new Map(inserted.map((row) => [row.email, row.id]));
  const ids = people.map((person) => {
    const id = idByEmail.get(person.email);
    if (!id) throw new Error(`no account was created for ${person.email}`);
    return id;
  });
  await db.query(
    `UPDATE profiles p
        SET handle = v.handle, headline = v.headline, bio = v.bio, bio_html = v.bio_html,
            country = v.country, city = v.city, city_visible = v.city_visible,
            languages = ${asArray('v.languages')}, topics = ${asArray('v.topics')},
            skills = ${asArray('v.skills')}, offers = ${asArray('v.offers')}, needs = ${asArray('v.needs')},
            open_to_press = v.open_to_press, press_topics = ${asArray('v.press_topics')},
            press_languages = ${asArray('v.press_languages')}, visibility = v.visibility,
            onboarded_at = now() - make_interval(days => v.age_days),
            created_at = now() - make_interval(days => v.age_days)
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                   $8::boolean[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[],
                   $14::boolean[], $15::text[], $16::text[], $17::text[], $18::int[])
         AS v(user_id, handle, headline, bio, bio_html, country, city, city_visible, languages, topics,
              skills, offers, needs, open_to_press, press_topics, press_languages, visibility, age_days)
      WHERE p.user_id = v.user_id`,
    [
      ids,
      people.map((person) => person.handle),
      people.map((person) => person.headline),
      people.map((person) => person.bio),
      people.map((person) => paragraphsHtml(person.bio)),
      people.map((person) => person.country),
      people.map((person) => person.city),
      people.map((person) => person.cityVisible),
      people.map((person) => list(person.languages)),
      people.map((person) => list(person.topics)),
      // Skills may contain commas in principle; ours do not.
      people.map((person) => list(person.skills)),
      people.map((person) => list(person.offers)),
      people.map((person) => list(person.needs)),
      people.map((person) => person.openToPress),
      people.map((person) => list(person.pressTopics)),
      people.map((person) => list(person.pressLanguages)),
      people.map((person) => person.visibility),
      people.map((person) => person.ageDays),
    ],
  );
  return ids;
}

/** Inserts organisations; returns their ids in the order given. */
export async function insertOrganisations(
  db: Db,
  organisations: SeedOrganisation[],
  creatorIds: (string | null)[],
): Promise<string[]> {
  const inserted: { id: string; slug: string }[] = await db.query(
    `INSERT INTO organisations (slug, name, kind, country, countries_active, topics, description,
                                description_html, website, founded_year, size, offers, needs,
                                transparency_register_id, visibility, show_members, created_by,
                                created_at, updated_at)
     SELECT v.slug, v.name, v.kind, v.country, ${asArray('v.countries_active')}, ${asArray('v.topics')},
            v.description, v.description_html, v.website, v.founded_year, v.size, ${asArray('v.offers')},
            ${asArray('v.needs')}, v.register_id, v.visibility, v.show_members, v.created_by,
            now() - make_interval(days => v.age_days), now() - make_interval(days => v.age_days)
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                   $8::text[], $9::text[], $10::int[], $11::text[], $12::text[], $13::text[], $14::text[],
                   $15::text[], $16::boolean[], $17::uuid[], $18::int[])
         AS v(slug, name, kind, country, countries_active, topics, description, description_html, website,
              founded_year, size, offers, needs, register_id, visibility, show_members, created_by, age_days)
     RETURNING id, slug`,
    [
      organisations.map((o) => o.slug),
      organisations.map((o) => o.name),
      organisations.map((o) => o.kind),
      organisations.map((o) => o.country),
      organisations.map((o) => list(o.countriesActive)),
      organisations.map((o) => list(o.topics)),
      organisations.map((o) => o.description),
      organisations.map((o) => paragraphsHtml(o.description)),
      organisations.map((o) => o.website),
      organisations.map((o) => o.foundedYear),
      organisations.map((o) => o.size),
      organisations.map((o) => list(o.offers)),
      organisations.map((o) => list(o.needs)),
      organisations.map((o) => o.transparencyRegisterId),
      organisations.map((o) => o.visibility),
      organisations.map((o) => o.showMembers),
      creatorIds,
      organisations.map((o) => o.ageDays),
    ],
  );
  const idBySlug = new Map(inserted.map((row) => [row.slug, row.id]));
  return organisations.map((o) => {
    const id = idBySlug.get(o.slug);
    if (!id) throw new Error(`no organisation was created for ${o.slug}`);
    return id;
  });
}

export async function insertMemberships(
  db: Db,
  memberships: SeedMembership[],
  organisationIds: string[],
  personIds: string[],
): Promise<void> {
  await db.query(
    `INSERT INTO memberships (organisation_id, user_id, role)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[])
     ON CONFLICT DO NOTHING`,
    [
      memberships.map((m) => organisationIds[m.organisation]),
      memberships.map((m) => personIds[m.person]),
      memberships.map((m) => m.role),
    ],
  );
}

export async function insertFollows(
  db: Db,
  follows: SeedFollow[],
  personIds: string[],
  organisationIds: string[],
): Promise<void> {
  const targetOf = (follow: SeedFollow): string | undefined =>
    follow.type === 'profile'
      ? personIds[follow.person]
      : follow.type === 'organisation'
        ? organisationIds[follow.organisation]
        : follow.topic;
  await db.query(
    `INSERT INTO follows (follower_id, target_type, target_id, created_at)
     SELECT v.follower_id, v.target_type, v.target_id, now() - make_interval(mins => v.age_minutes)
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[]) AS v(follower_id, target_type, target_id, age_minutes)
     ON CONFLICT DO NOTHING`,
    [
      follows.map((follow) => personIds[follow.follower]),
      follows.map((follow) => follow.type),
      follows.map(targetOf),
      follows.map((follow) => follow.ageMinutes),
    ],
  );
}

/** Active topics with their English names, in the curated order. */
export async function readTopics(db: Db): Promise<{ slug: string; name: string }[]> {
  return db.query(
    `SELECT slug, coalesce(names->>'en', slug) AS name FROM topics
      WHERE retired_at IS NULL ORDER BY position, slug`,
  );
}
