import type { EntityManager } from 'typeorm';
import { renderMarkdown } from '../../common/markdown/markdown';
import { instantOf, localOf } from '../../modules/events/event-times';
import type { SeedMembership, SeedOrganisation, SeedPerson, SeedTopic } from './generate';
import { createRandom, type Random } from './random';

type Db = Pick<EntityManager, 'query'>;

export const DEMO_EVENTS = 60;

/** Cities events take place in, with their zone, country and language. */
const places = [
  {
    city: 'Brussels',
    country: 'BE',
    zone: 'Europe/Brussels',
    language: 'fr',
    venue: 'Maison des Associations Internationales',
    street: 'Rue Washington 40',
  },
  {
    city: 'Berlin',
    country: 'DE',
    zone: 'Europe/Berlin',
    language: 'de',
    venue: 'Haus der Demokratie',
    street: 'Greifswalder Straße 4',
  },
  {
    city: 'Lisbon',
    country: 'PT',
    zone: 'Europe/Lisbon',
    language: 'pt',
    venue: 'Casa do Comum',
    street: 'Rua da Rosa 285',
  },
  {
    city: 'Warsaw',
    country: 'PL',
    zone: 'Europe/Warsaw',
    language: 'pl',
    venue: 'Centrum Cyfrowe',
    street: 'ul. Mazowiecka 11',
  },
  {
    city: 'Madrid',
    country: 'ES',
    zone: 'Europe/Madrid',
    language: 'es',
    venue: 'La Casa Encendida',
    street: 'Ronda de Valencia 2',
  },
  {
    city: 'Athens',
    country: 'GR',
    zone: 'Europe/Athens',
    language: 'el',
    venue: 'Impact Hub Athens',
    street: 'Karaiskaki 28',
  },
  {
    city: 'Helsinki',
    country: 'FI',
    zone: 'Europe/Helsinki',
    language: 'fi',
    venue: 'Kansalaisareena',
    street: 'Hämeentie 105',
  },
  {
    city: 'Dublin',
    country: 'IE',
    zone: 'Europe/Dublin',
    language: 'en',
    venue: 'The Wheel',
    street: '48 Fleet Street',
  },
] as const;

const formats = ['in_person', 'in_person', 'online', 'hybrid'] as const;

const kinds = [
  {
    title: 'Digital security clinic for activists',
    blurb: 'Hands-on help with phones, passwords and safe messaging.',
  },
  {
    title: 'Community organising training',
    blurb: 'Two hours on one-to-ones, power mapping and building a team.',
  },
  { title: 'EU funding info session', blurb: 'How CERV and Erasmus+ calls work, with time for questions.' },
  {
    title: 'Civic space monitoring meetup',
    blurb: 'Compare notes on restrictions and share documentation methods.',
  },
  {
    title: 'Climate justice assembly',
    blurb: 'An open assembly on local campaigns and the next mobilisation.',
  },
  {
    title: 'Newcomers and housing roundtable',
    blurb: 'Tenants, newcomers and organisers on what works in each city.',
  },
  { title: 'Press freedom workshop', blurb: 'Journalists and watchdogs on protecting sources.' },
  {
    title: 'Participatory budgeting exchange',
    blurb: 'Cities that run participatory budgets share what they learnt.',
  },
];

const DEMO_EVENTS_SEED = 20_260_303;

interface DemoEventAuthors {
  /** Demo people who publish as themselves. */
  people: string[];
  /** Organisations with an owner, as [organisation id, owner id]. */
  organisations: [string, string][];
  /** Everyone who may answer. */
  attendees: string[];
}

/**
 * The demo network's events: public people publish as themselves, owners of public
 * organisations as their organisation, and anyone may answer.
 */
export function seedDemoEvents(
  db: Db,
  topics: SeedTopic[],
  network: { people: SeedPerson[]; organisations: SeedOrganisation[]; memberships: SeedMembership[] },
  personIds: string[],
  organisationIds: string[],
): Promise<void> {
  const owners = network.memberships.filter((membership) => membership.role === 'owner');
  return insertDemoEvents(
    db,
    createRandom(DEMO_EVENTS_SEED),
    topics.map((topic) => topic.slug),
    {
      people: personIds.filter((_, i) => network.people[i]?.visibility === 'public'),
      organisations: owners.flatMap((owner) => {
        const id = organisationIds[owner.organisation];
        const ownerId = personIds[owner.person];
        const shown = network.organisations[owner.organisation]?.visibility === 'public';
        return id && ownerId && shown ? [[id, ownerId] as [string, string]] : [];
      }),
      attendees: personIds,
    },
  );
}

/**
 * Sixty believable events around "now": a third already past, the rest upcoming, in
 * several zones and formats; a few small ones are full and have a waitlist. Set-based:
 * one INSERT for the events and one for the answers.
 */
async function insertDemoEvents(
  db: Db,
  random: Random,
  topics: string[],
  authors: DemoEventAuthors,
): Promise<void> {
  if (authors.people.length === 0 || authors.attendees.length === 0) return;
  const today = new Date();
  const rows = Array.from({ length: DEMO_EVENTS }, (_, i) => {
    const place = random.pick(places);
    const kind = random.pick(kinds);
    const format = random.pick(formats);
    const dayOffset = i < DEMO_EVENTS / 3 ? -random.int(2, 120) : random.int(2, 150);
    const day = new Date(today.getTime() + dayOffset * 86_400_000);
    const date = localOf(day, place.zone).slice(0, 10);
    const hour = random.pick(['09:30', '14:00', '17:30', '18:30']);
    const start = `${date}T${hour}`;
    const startsAt = instantOf(start, place.zone) ?? day;
    const endsAt = new Date(startsAt.getTime() + random.pick([90, 120, 180]) * 60_000);
    const organisation =
      random.chance(0.4) && authors.organisations.length > 0 ? random.pick(authors.organisations) : null;
    const description = `${kind.blurb}\n\nOrganised in ${place.city}; everyone working on these questions is welcome.`;
    return {
      author: organisation ? organisation[1] : random.pick(authors.people),
      organisation: organisation ? organisation[0] : null,
      title: `${kind.title} — ${place.city}`,
      description,
      descriptionHtml: renderMarkdown(description),
      zone: place.zone,
      startLocal: start,
      endLocal: localOf(endsAt, place.zone),
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      format,
      venue: format === 'online' ? null : place,
      onlineUrl: format === 'in_person' ? null : `https://meet.example.org/${place.city.toLowerCase()}-${i}`,
      topics: topics.length > 0 ? random.sample(topics, random.int(1, 2)) : [],
      language: format === 'online' ? 'en' : place.language,
      // Every sixth event is small enough to fill up.
      capacity: i % 6 === 0 ? random.int(3, 5) : random.chance(0.5) ? random.int(20, 120) : null,
      status: random.chance(0.05) ? 'cancelled' : 'scheduled',
    };
  });
  const ids: { id: string }[] = await db.query(
    `INSERT INTO events (author_id, organisation_id, title, description, description_html, time_zone,
                         starts_local, ends_local, starts_at, ends_at, format, venue_name, venue_address,
                         venue_city, venue_country, online_url, topics, language, capacity, status)
     SELECT e.author, e.organisation, e.title, e.description, e.description_html, e.zone, e.start_local,
            e.end_local, e.starts_at, e.ends_at, e.format, e.venue_name, e.venue_address, e.venue_city,
            e.venue_country, e.online_url, string_to_array(e.topics, ','), e.language, e.capacity, e.status
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                   $8::text[], $9::timestamptz[], $10::timestamptz[], $11::text[], $12::text[], $13::text[],
                   $14::text[], $15::text[], $16::text[], $17::text[], $18::text[], $19::int[], $20::text[])
         WITH ORDINALITY AS e(author, organisation, title, description, description_html, zone, start_local,
                              end_local, starts_at, ends_at, format, venue_name, venue_address, venue_city,
                              venue_country, online_url, topics, language, capacity, status, n)
      ORDER BY e.n
     RETURNING id`,
    [
      rows.map((r) => r.author),
      rows.map((r) => r.organisation),
      rows.map((r) => r.title),
      rows.map((r) => r.description),
      rows.map((r) => r.descriptionHtml),
      rows.map((r) => r.zone),
      rows.map((r) => r.startLocal),
      rows.map((r) => r.endLocal),
      rows.map((r) => r.startsAt),
      rows.map((r) => r.endsAt),
      rows.map((r) => r.format),
      rows.map((r) => r.venue?.venue ?? null),
      rows.map((r) => r.venue?.street ?? null),
      rows.map((r) => r.venue?.city ?? null),
      rows.map((r) => r.venue?.country ?? null),
      rows.map((r) => r.onlineUrl),
      rows.map((r) => r.topics.join(',')),
      rows.map((r) => r.language),
      rows.map((r) => r.capacity),
      rows.map((r) => r.status),
    ],
  );

  // Answers: full events get their capacity going and two or three waiting, in order.
  const answers: { event: string; person: string; state: string; minutes: number }[] = [];
  rows.forEach((row, i) => {
    const event = ids[i]?.id;
    if (!event) return;
    const full = row.capacity !== null && row.capacity <= 5;
    const wanted = full && row.capacity !== null ? row.capacity + random.int(2, 3) : random.int(0, 12);
    random.sample(authors.attendees, wanted).forEach((person, position) => {
      const state =
        full && row.capacity !== null
          ? position < row.capacity
            ? 'going'
            : 'waitlisted'
          : random.chance(0.75)
            ? 'going'
            : 'interested';
      answers.push({ event, person, state, minutes: position });
    });
  });
  await db.query(
    `INSERT INTO event_rsvps (event_id, user_id, state, created_at, state_at)
     SELECT a.event, a.person, a.state, now() - interval '1 day' + a.minutes * interval '1 minute',
            now() - interval '1 day' + a.minutes * interval '1 minute'
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[]) AS a(event, person, state, minutes)
     ON CONFLICT DO NOTHING`,
    [
      answers.map((a) => a.event),
      answers.map((a) => a.person),
      answers.map((a) => a.state),
      answers.map((a) => a.minutes),
    ],
  );
}
