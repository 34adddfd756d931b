import type { DeadlineModel } from '@open-spaces/contracts';
import type { EntityManager } from 'typeorm';
import { instantOf, localTimeOf } from '../../modules/funding-calls/deadlines';
import { readTopics } from './bulk-insert';
import type { SeedOrganisation } from './generate';
import { createRandom, type Random } from './random';

/**
 * Funding calls for the demo and for benchmarks: believable programmes from the funders
 * among the generated organisations, with varied eligibility (country groups, single
 * countries, any country), deadline models, zones and states (forthcoming, open, closed).
 * Written set-wise, one INSERT over arrays per batch.
 */
type Db = Pick<EntityManager, 'query'>;

export const DEMO_FUNDING_CALLS = 25;
const DEMO_FUNDING_SEED = 20_260_304;

interface CallTemplate {
  title: string;
  programme: string;
  summary: string;
}

const templates: CallTemplate[] = [
  {
    title: 'Civic Space Resilience Fund',
    programme: 'Civic Space Programme',
    summary: 'Core support for organisations defending freedom of assembly, association and expression.',
  },
  {
    title: 'Youth Participation Grants',
    programme: 'Young Europeans Act',
    summary: 'Small grants for youth-led groups that bring young people into local decision-making.',
  },
  {
    title: 'Climate Justice Action Call',
    programme: 'Just Transition Initiative',
    summary:
      'Projects that put communities most affected by the climate crisis at the centre of local action.',
  },
  {
    title: 'Independent Media Sustainability Call',
    programme: 'Media Freedom Facility',
    summary: 'Support for independent newsrooms to build audiences, revenue and safety practices.',
  },
  {
    title: 'Digital Rights Watch Grants',
    programme: 'Open Internet Fund',
    summary:
      'Research and advocacy on surveillance, platform accountability and digital security for activists.',
  },
  {
    title: 'Rule of Law Monitoring Partnerships',
    programme: 'Justice and Rights',
    summary: 'Cross-border consortia that monitor judicial independence and publish shared reports.',
  },
  {
    title: 'Migrant Inclusion Local Action',
    programme: 'Welcoming Communities',
    summary: 'Community projects for the reception and inclusion of migrants and refugees in smaller towns.',
  },
  {
    title: 'Gender Equality Small Grants',
    programme: 'Equal Voices',
    summary: 'Flexible grants for feminist and women-led organisations, including first-time applicants.',
  },
  {
    title: 'Anti-Corruption Investigations Fund',
    programme: 'Transparency Initiative',
    summary: 'Funding for investigations, open data tools and legal follow-up on public spending.',
  },
  {
    title: 'Democracy Labs Call',
    programme: 'Citizens, Equality, Rights and Values',
    summary: 'Pilots of participatory budgeting, citizens’ assemblies and other forms of deliberation.',
  },
  {
    title: 'Roma Inclusion Community Grants',
    programme: 'Equal Chances',
    summary: 'Community-led projects on education, housing and health with Roma organisations in the lead.',
  },
  {
    title: 'Cross-Border Solidarity Networks',
    programme: 'Europe for Citizens Legacy',
    summary:
      'Networking grants for organisations in several countries to share practice and campaign together.',
  },
];

/** Who may apply, from narrow to open, so "calls we can apply for" has fits and near misses. */
const countryRules: string[][] = [
  ['EU27'],
  ['EU27'],
  ['EEA'],
  ['EU27', 'UA', 'MD'],
  ['EU_CANDIDATES'],
  ['COUNCIL_OF_EUROPE'],
  ['DE', 'AT', 'CH'],
  ['PT', 'ES', 'IT', 'GR'],
  ['PL', 'CZ', 'SK', 'HU'],
  [],
];

const kindRules: string[][] = [
  ['cso', 'grassroots'],
  ['cso', 'network'],
  ['cso', 'grassroots', 'social_enterprise'],
  ['media'],
  ['research', 'cso'],
  [],
];

const zones = [
  'Europe/Brussels',
  'Europe/Brussels',
  'Europe/Brussels',
  'Europe/Lisbon',
  'Europe/Warsaw',
  'Europe/Helsinki',
];
const currencies = ['EUR', 'EUR', 'EUR', 'EUR', 'GBP', 'CHF', 'NOK', 'SEK', 'PLN'];
const models: DeadlineModel[] = ['single_stage', 'single_stage', 'two_stage', 'multiple_cutoffs', 'rolling'];
const languages = [['en'], ['en', 'fr'], ['en', 'de'], ['en', 'es', 'pt'], ['en', 'pl']];

export interface SeedFundingCall {
  title: string;
  summary: string;
  description: string;
  programme: string;
  applyUrl: string;
  currency: string;
  totalBudget: number;
  minGrant: number;
  maxGrant: number;
  expectedGrants: number;
  coFundingRate: number | null;
  opening: { local: string; timeZone: string; at: string } | null;
  deadlineModel: DeadlineModel;
  deadlines: { label: string; local: string; timeZone: string; at: string }[];
  eligibleCountries: string[];
  eligibleKinds: string[];
  topics: string[];
  languages: string[];
  minPartners: number | null;
  minCountries: number | null;
  ageDays: number;
}

/** The wall-clock time `days` from `now` in `zone` at `hour`, with the instant it means. */
function localAt(now: Date, days: number, hour: number, timeZone: string) {
  const day = localTimeOf(new Date(now.getTime() + days * 86_400_000), timeZone).slice(0, 10);
  const local = `${day}T${String(hour).padStart(2, '0')}:00`;
  const at = instantOf({ local, timeZone }) ?? new Date(`${day}T12:00:00Z`);
  return { local, timeZone, at: at.toISOString() };
}

/** One call: its state is spread so that most are open, some forthcoming and some closed. */
export function makeFundingCall(
  random: Random,
  i: number,
  topics: readonly string[],
  now: Date,
): SeedFundingCall {
  const template = templates[i % templates.length] as CallTemplate;
  const year = now.getUTCFullYear() + (i % 3 === 0 ? 1 : 0);
  const zone = random.pick(zones);
  const model = random.pick(models);
  const state = random.pick(['open', 'open', 'open', 'open', 'forthcoming', 'closed'] as const);
  const firstDay =
    state === 'closed'
      ? -random.int(5, 60)
      : state === 'forthcoming'
        ? random.int(40, 90)
        : random.int(3, 120);
  const hour = random.pick([12, 17, 23, 0]);
  const count =
    model === 'rolling' ? 0 : model === 'single_stage' ? 1 : model === 'two_stage' ? 2 : random.int(3, 4);
  const deadlines = Array.from({ length: count }, (_, n) => ({
    label:
      model === 'two_stage'
        ? `Stage ${n + 1}`
        : model === 'multiple_cutoffs'
          ? `Cut-off ${n + 1}`
          : 'Deadline',
    ...localAt(now, firstDay + n * random.int(45, 100), hour, zone),
  }));
  const opening =
    state === 'forthcoming'
      ? localAt(now, random.int(5, 30), 9, zone)
      : random.chance(0.5)
        ? localAt(now, -random.int(10, 90), 9, zone)
        : null;
  const maxGrant = random.pick([15_000, 30_000, 50_000, 80_000, 150_000, 300_000]);
  const expectedGrants = random.int(4, 40);
  const partners = template.programme.includes('Networks') || template.title.includes('Partnerships');
  return {
    title: `${template.title} ${year}`,
    summary: template.summary,
    description: `${template.summary}\n\nApplications are read by an independent panel. Shortlisted applicants are invited to a call with the programme team before a final decision.`,
    programme: template.programme,
    applyUrl: `https://funding.example.org/calls/${i + 1}`,
    currency: random.pick(currencies),
    totalBudget: maxGrant * expectedGrants,
    minGrant: Math.round(maxGrant / random.pick([3, 5, 10])),
    maxGrant,
    expectedGrants,
    coFundingRate: random.chance(0.4) ? random.pick([10, 20, 25, 50]) : null,
    opening,
    deadlineModel: model,
    deadlines,
    eligibleCountries: random.pick(countryRules),
    eligibleKinds: random.pick(kindRules),
    topics: random.sample(topics, random.int(1, 3)),
    languages: random.pick(languages),
    minPartners: partners ? random.int(2, 4) : null,
    minCountries: partners ? random.int(2, 3) : null,
    ageDays: random.int(0, 60),
  };
}

/** Inserts the calls in one statement; `funders[i]` is [organisation id, author id] of call i. */
export async function insertFundingCalls(
  db: Db,
  calls: SeedFundingCall[],
  funders: [string, string][],
): Promise<number> {
  if (calls.length === 0) return 0;
  const list = (values: string[]) => values.join(',');
  await db.query(
    `INSERT INTO funding_calls (organisation_id, author_id, title, summary, description, description_html,
                                programme, apply_url, currency, total_budget, min_grant, max_grant,
                                expected_grants, co_funding_rate, opens_local, opens_time_zone, opens_at,
                                deadline_model, deadlines, deadlines_at, closes_at, eligible_countries,
                                eligible_kinds, topics, languages, min_partners, min_countries,
                                created_at, updated_at)
     SELECT v.organisation_id, v.author_id, v.title, v.summary, v.description, v.description_html,
            v.programme, v.apply_url, v.currency, v.total_budget, v.min_grant, v.max_grant,
            v.expected_grants, v.co_funding_rate, v.opening::jsonb ->> 'local', v.opening::jsonb ->> 'timeZone',
            (v.opening::jsonb ->> 'at')::timestamptz, v.deadline_model, v.deadlines::jsonb,
            ARRAY(SELECT (d ->> 'at')::timestamptz FROM jsonb_array_elements(v.deadlines::jsonb) d),
            (SELECT max((d ->> 'at')::timestamptz) FROM jsonb_array_elements(v.deadlines::jsonb) d),
            string_to_array(v.countries, ','), string_to_array(v.kinds, ','), string_to_array(v.topics, ','),
            string_to_array(v.languages, ','), v.min_partners, v.min_countries,
            now() - make_interval(days => v.age_days), now() - make_interval(days => v.age_days)
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                   $8::text[], $9::bigint[], $10::bigint[], $11::bigint[], $12::int[], $13::numeric[],
                   $14::text[], $15::text[], $16::text[], $17::text[], $18::text[], $19::text[], $20::text[],
                   $21::int[], $22::int[], $23::int[], $24::text[])
         AS v(organisation_id, author_id, title, summary, description, programme, apply_url, currency,
              total_budget, min_grant, max_grant, expected_grants, co_funding_rate, opening, deadline_model,
              deadlines, countries, kinds, topics, languages, min_partners, min_countries, age_days,
              description_html)`,
    [
      funders.map(([organisation]) => organisation),
      funders.map(([, author]) => author),
      calls.map((c) => c.title),
      calls.map((c) => c.summary),
      calls.map((c) => c.description),
      calls.map((c) => c.programme),
      calls.map((c) => c.applyUrl),
      calls.map((c) => c.currency),
      calls.map((c) => c.totalBudget),
      calls.map((c) => c.minGrant),
      calls.map((c) => c.maxGrant),
      calls.map((c) => c.expectedGrants),
      calls.map((c) => c.coFundingRate),
      calls.map((c) => (c.opening ? JSON.stringify(c.opening) : null)),
      calls.map((c) => c.deadlineModel),
      calls.map((c) => JSON.stringify(c.deadlines)),
      calls.map((c) => list(c.eligibleCountries)),
      calls.map((c) => list(c.eligibleKinds)),
      calls.map((c) => list(c.topics)),
      calls.map((c) => list(c.languages)),
      calls.map((c) => c.minPartners),
      calls.map((c) => c.minCountries),
      calls.map((c) => c.ageDays),
      // Seed descriptions are plain paragraphs of our own text, with nothing to escape.
      calls.map((c) =>
        c.description
          .split('\n\n')
          .map((paragraph) => `<p>${paragraph}</p>`)
          .join('\n'),
      ),
    ],
  );
  return calls.length;
}

const FUNDER_KINDS = new Set(['foundation', 'public_body', 'network']);

/** The demo's calls, posted by its foundations, public bodies and networks through their owners. */
export async function seedDemoFundingCalls(
  db: Db,
  organisations: SeedOrganisation[],
  organisationIds: string[],
  ownerIds: (string | null | undefined)[],
): Promise<void> {
  const funders = organisations.flatMap((organisation, i) => {
    const id = organisationIds[i];
    const owner = ownerIds[i];
    return FUNDER_KINDS.has(organisation.kind) && id && owner ? [[id, owner] as [string, string]] : [];
  });
  if (funders.length === 0) return;
  const random = createRandom(DEMO_FUNDING_SEED);
  const topics = [...new Set(organisations.flatMap((organisation) => organisation.topics))];
  const now = new Date();
  const calls = Array.from({ length: DEMO_FUNDING_CALLS }, (_, i) => makeFundingCall(random, i, topics, now));
  await insertFundingCalls(
    db,
    calls,
    calls.map((_, i) => funders[i % funders.length] as [string, string]),
  );
}

/**
 * Adds `count` calls for benchmarks, from organisations already in the database with an
 * owner (funders first), in batches.
 */
export async function seedFundingCallsAtScale(
  db: Db,
  count: number,
  random: Random,
  options: { batchSize: number; log: (message: string) => void },
): Promise<number> {
  if (count === 0) return 0;
  const funders: { id: string; owner: string }[] = await db.query(
    `SELECT o.id, m.user_id AS owner FROM organisations o
       JOIN memberships m ON m.organisation_id = o.id AND m.role = 'owner'
      ORDER BY (o.kind IN ('foundation', 'public_body', 'network')) DESC, o.id
      LIMIT 2000`,
  );
  if (funders.length === 0)
    throw new Error('Funding calls need organisations with an owner: seed some first.');
  const topics = (await readTopics(db)).map((topic) => topic.slug);
  const now = new Date();
  let inserted = 0;
  for (let start = 0; start < count; start += options.batchSize) {
    const calls = Array.from({ length: Math.min(options.batchSize, count - start) }, (_, i) =>
      makeFundingCall(random, start + i, topics, now),
    );
    inserted += await insertFundingCalls(
      db,
      calls,
      calls.map(() => {
        const funder = random.pick(funders);
        return [funder.id, funder.owner];
      }),
    );
    options.log(`  ${inserted} funding calls`);
  }
  return inserted;
}
