import type { ToolCategory, ToolPriceModel } from '@open-spaces/contracts';
import type { EntityManager } from 'typeorm';
import type { Random } from './random';

type Db = Pick<EntityManager, 'query'>;

interface DemoTool {
  name: string;
  website: string;
  category: ToolCategory;
  price: ToolPriceModel;
  /** open source, self-hostable, hosted in the EU */
  flags: [boolean, boolean, boolean];
  languages: string[];
  description: string;
  gdpr: string;
}

const ALL = ['en', 'de', 'fr', 'es', 'it', 'pl', 'nl', 'pt'];
const tool = (
  name: string,
  website: string,
  category: ToolCategory,
  price: ToolPriceModel,
  flags: [boolean, boolean, boolean],
  description: string,
  gdpr = '',
  languages = ALL,
): DemoTool => ({ name, website, category, price, flags, languages, description, gdpr });

/** Forty tools CSOs in Europe actually use, with their openness and hosting as published. */
const demoTools: DemoTool[] = [
  tool(
    'Jitsi Meet',
    'https://jitsi.org',
    'video_calls',
    'free',
    [true, true, false],
    'Video meetings in the browser, no account needed. Self-host it for full control over who sees your calls.',
    'Self-hosted instances keep all data on your server.',
  ),
  tool(
    'BigBlueButton',
    'https://bigbluebutton.org',
    'video_calls',
    'free',
    [true, true, false],
    'Web conferencing built for workshops and trainings: breakout rooms, shared notes, polls and a whiteboard.',
  ),
  tool(
    'Nextcloud Talk',
    'https://nextcloud.com/talk',
    'video_calls',
    'freemium',
    [true, true, true],
    'Chat and video calls inside your Nextcloud, next to your files and calendars.',
    'German company; hosting providers across the EU.',
  ),
  tool(
    'Zoom',
    'https://zoom.us',
    'video_calls',
    'freemium',
    [false, false, false],
    'Widely used video meetings and webinars. Convenient for large public events.',
    'US provider; an EU data-routing option exists for paid plans.',
    ['en', 'de', 'fr', 'es', 'it', 'pt'],
  ),
  tool(
    'Nextcloud Files',
    'https://nextcloud.com',
    'documents',
    'freemium',
    [true, true, true],
    'File sharing and collaborative editing you can run yourself or rent from an EU host.',
    'Data stays with the hosting provider you choose.',
  ),
  tool(
    'CryptPad',
    'https://cryptpad.org',
    'documents',
    'donation',
    [true, true, true],
    'End-to-end encrypted documents, spreadsheets, kanban boards and forms. Even the host cannot read them.',
    'Run by XWiki SAS in France; content is encrypted in the browser.',
  ),
  tool(
    'Collabora Online',
    'https://www.collaboraoffice.com',
    'documents',
    'freemium',
    [true, true, true],
    'Office documents edited together in the browser, based on LibreOffice.',
  ),
  tool(
    'OnlyOffice Docs',
    'https://www.onlyoffice.com',
    'documents',
    'freemium',
    [true, true, true],
    'Online editors with strong compatibility with Word and Excel files.',
  ),
  tool(
    'Etherpad',
    'https://etherpad.org',
    'documents',
    'free',
    [true, true, false],
    'A real-time collaborative text editor: the classic tool for shared meeting minutes.',
  ),
  tool(
    'HedgeDoc',
    'https://hedgedoc.org',
    'documents',
    'free',
    [true, true, false],
    'Collaborative Markdown notes, good for agendas, documentation and quick guides.',
  ),
  tool(
    'Google Workspace',
    'https://workspace.google.com',
    'documents',
    'paid',
    [false, false, false],
    'Docs, Sheets, Drive and Meet. Discounts for registered non-profits.',
    'US provider; check your data processing agreement.',
  ),
  tool(
    'Signal',
    'https://signal.org',
    'secure_messaging',
    'free',
    [true, false, false],
    'End-to-end encrypted messages and calls. The default for sensitive conversations.',
    'Keeps almost no metadata.',
  ),
  tool(
    'Element',
    'https://element.io',
    'secure_messaging',
    'freemium',
    [true, true, true],
    'Encrypted team chat on the open Matrix network; bridges to other chat systems.',
    'Self-host or use an EU-hosted server.',
  ),
  tool(
    'Threema',
    'https://threema.ch',
    'secure_messaging',
    'paid',
    [true, false, false],
    'Encrypted messenger from Switzerland that needs no phone number.',
    'Servers in Switzerland.',
  ),
  tool(
    'Wire',
    'https://wire.com',
    'secure_messaging',
    'freemium',
    [true, false, true],
    'Encrypted messaging and calls for teams, hosted in Germany.',
  ),
  tool(
    'Mattermost',
    'https://mattermost.com',
    'secure_messaging',
    'freemium',
    [true, true, false],
    'Team chat you can host yourself, with channels and integrations.',
  ),
  tool(
    'Rocket.Chat',
    'https://www.rocket.chat',
    'secure_messaging',
    'freemium',
    [true, true, false],
    'Open-source team chat with omnichannel support for helplines.',
  ),
  tool(
    'OpenProject',
    'https://www.openproject.org',
    'project_management',
    'freemium',
    [true, true, true],
    'Project plans, Gantt charts, work packages and time tracking for EU-funded projects.',
    'German company; cloud hosted in the EU.',
  ),
  tool(
    'Taiga',
    'https://taiga.io',
    'project_management',
    'freemium',
    [true, true, true],
    'Agile boards for small teams, simple enough for volunteers.',
  ),
  tool(
    'Kanboard',
    'https://kanboard.org',
    'project_management',
    'free',
    [true, true, false],
    'A minimal kanban board that runs on almost any server.',
  ),
  tool(
    'Trello',
    'https://trello.com',
    'project_management',
    'freemium',
    [false, false, false],
    'Boards and cards, easy for volunteers to pick up.',
    'US provider.',
  ),
  tool(
    'Asana',
    'https://asana.com',
    'project_management',
    'freemium',
    [false, false, false],
    'Task and project tracking with a non-profit discount.',
  ),
  tool(
    'CiviCRM',
    'https://civicrm.org',
    'crm',
    'free',
    [true, true, false],
    'The open-source CRM for non-profits: contacts, memberships, donations, events and mailings.',
    'Self-hosted: data stays where you run it.',
  ),
  tool(
    'Odoo',
    'https://www.odoo.com',
    'crm',
    'freemium',
    [true, true, true],
    'Business apps including CRM, accounting and volunteer management.',
  ),
  tool(
    'Salesforce Nonprofit Cloud',
    'https://www.salesforce.org',
    'crm',
    'paid',
    [false, false, false],
    'A large CRM platform with a free licence grant for non-profits.',
  ),
  tool(
    'HelloAsso',
    'https://www.helloasso.com',
    'fundraising',
    'donation',
    [false, false, true],
    'Free online fundraising, membership and ticketing for French associations, financed by voluntary tips.',
    'French company, data in France.',
    ['fr'],
  ),
  tool(
    'betterplace.org',
    'https://www.betterplace.org',
    'fundraising',
    'free',
    [false, false, true],
    'Germany’s largest donation platform for social projects.',
    'Hosted in Germany.',
    ['de', 'en'],
  ),
  tool(
    'Donorbox',
    'https://donorbox.org',
    'fundraising',
    'paid',
    [false, false, false],
    'Donation forms and recurring giving for your own website.',
  ),
  tool(
    'openPetition',
    'https://www.openpetition.eu',
    'petitions',
    'free',
    [false, false, true],
    'Non-profit petition platform that forwards petitions to parliaments for a response.',
    'Run by a German non-profit.',
    ['de', 'fr', 'it', 'en'],
  ),
  tool(
    'WeMove.EU',
    'https://www.wemove.eu',
    'petitions',
    'free',
    [false, false, true],
    'European citizens’ movement that runs petitions and campaigns across the EU.',
  ),
  tool(
    'LimeSurvey',
    'https://www.limesurvey.org',
    'surveys',
    'freemium',
    [true, true, true],
    'Powerful surveys with complex logic, self-hosted or in a German cloud.',
  ),
  tool(
    'Framaforms',
    'https://framaforms.org',
    'surveys',
    'donation',
    [true, true, true],
    'Simple forms and surveys from the French association Framasoft.',
    '',
    ['fr', 'en'],
  ),
  tool(
    'KoboToolbox',
    'https://www.kobotoolbox.org',
    'surveys',
    'free',
    [true, true, true],
    'Field data collection that works offline; an EU server is available.',
  ),
  tool(
    'Typeform',
    'https://www.typeform.com',
    'surveys',
    'freemium',
    [false, false, false],
    'Polished conversational forms.',
  ),
  tool(
    'Decidim',
    'https://decidim.org',
    'e_participation',
    'free',
    [true, true, true],
    'Participatory democracy platform for processes, assemblies, participatory budgets and proposals.',
    'Run by cities and associations on their own servers.',
  ),
  tool(
    'CONSUL Democracy',
    'https://consuldemocracy.org',
    'e_participation',
    'free',
    [true, true, true],
    'Citizen participation software used by over 100 institutions.',
  ),
  tool(
    'Loomio',
    'https://www.loomio.com',
    'e_participation',
    'freemium',
    [true, true, false],
    'Group decisions made online: discussions, proposals and votes.',
  ),
  tool(
    'Pol.is',
    'https://pol.is',
    'e_participation',
    'free',
    [true, true, false],
    'Maps what a large group agrees and disagrees on.',
  ),
  tool(
    'Mobilizon',
    'https://joinmobilizon.org',
    'other',
    'free',
    [true, true, true],
    'Federated event and group tool, an alternative to Facebook events.',
  ),
  tool(
    'Discourse',
    'https://www.discourse.org',
    'other',
    'freemium',
    [true, true, false],
    'Forums for communities and networks, with trust levels and moderation tools.',
  ),
];

const usageNotes = [
  'We run all our board meetings on it and have never looked back.',
  'Easy for volunteers; the first week needed a short training.',
  'We self-host it with a local provider to keep our members’ data in the country.',
  'Works well with partners abroad; the translations are good.',
  'We moved here after a data leak elsewhere. Setup took a weekend.',
  'Our consortium partners all use it, so it became our default.',
  'Great for public consultations; the moderation tools are solid.',
  'Affordable with the non-profit discount.',
];

/**
 * Forty tools (a few still waiting for review), organisations saying they use them with a
 * note, and a few open reports for the moderation queue. Rows are written set-wise.
 */
export async function seedDemoTools(
  db: Db,
  random: Random,
  personIds: string[],
  organisationIds: string[],
): Promise<void> {
  const pending = new Set(
    random.sample(
      demoTools.map((_, i) => i),
      3,
    ),
  );
  const slugOf = (name: string) =>
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  const proposers = demoTools.map(() => random.pick(personIds));
  const inserted: { id: string; slug: string; status: string }[] = await db.query(
    `INSERT INTO tools (slug, name, website, category, price_model, open_source, self_hostable, hosted_in_eu,
                        languages, description, description_html, gdpr_notes, status, proposed_by,
                        reviewed_at, created_at)
     SELECT v.slug, v.name, v.website, v.category, v.price, v.open_source, v.self_hostable, v.hosted_in_eu,
            string_to_array(v.languages, ','), v.description, '<p>' || v.description || '</p>', v.gdpr,
            v.status, v.proposed_by, CASE WHEN v.status = 'approved' THEN now() - interval '20 days' END,
            now() - make_interval(days => v.age_days)
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[], $7::boolean[],
                   $8::boolean[], $9::text[], $10::text[], $11::text[], $12::text[], $13::uuid[], $14::int[])
         AS v(slug, name, website, category, price, open_source, self_hostable, hosted_in_eu, languages,
              description, gdpr, status, proposed_by, age_days)
     RETURNING id, slug, status`,
    [
      demoTools.map((t) => slugOf(t.name)),
      demoTools.map((t) => t.name),
      demoTools.map((t) => t.website),
      demoTools.map((t) => t.category),
      demoTools.map((t) => t.price),
      demoTools.map((t) => t.flags[0]),
      demoTools.map((t) => t.flags[1]),
      demoTools.map((t) => t.flags[2]),
      demoTools.map((t) => t.languages.join(',')),
      demoTools.map((t) => t.description),
      demoTools.map((t) => t.gdpr),
      demoTools.map((_, i) => (pending.has(i) ? 'pending' : 'approved')),
      proposers,
      demoTools.map(() => random.int(25, 400)),
    ],
  );
  const approved = inserted.filter((row) => row.status === 'approved');

  const usages = new Map<string, { tool: string; organisation: string; note: string }>();
  for (const row of approved) {
    for (const organisation of random.sample(organisationIds, random.int(0, 6))) {
      usages.set(`${row.id}:${organisation}`, {
        tool: row.id,
        organisation,
        note: random.chance(0.8) ? random.pick(usageNotes) : '',
      });
    }
  }
  const rows = [...usages.values()];
  await db.query(
    `INSERT INTO tool_usages (tool_id, organisation_id, note, created_at, updated_at)
     SELECT v.tool, v.organisation, v.note, now() - make_interval(days => v.age_days),
            now() - make_interval(days => v.age_days)
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[]) AS v(tool, organisation, note, age_days)`,
    [
      rows.map((r) => r.tool),
      rows.map((r) => r.organisation),
      rows.map((r) => r.note),
      rows.map(() => random.int(1, 300)),
    ],
  );

  const reported = random.sample(approved, 3);
  const reports = reported.flatMap((row) =>
    random.sample(personIds.slice(3), random.int(1, 3)).map((reporter) => ({
      reporter,
      tool: row,
      reason: random.pick(['spam', 'misinformation', 'other']),
      note: random.pick(['', 'Looks like advertising.', 'The privacy claims on this page are not accurate.']),
    })),
  );
  const nameBySlug = new Map(demoTools.map((t) => [slugOf(t.name), t.name]));
  const proposerBySlug = new Map(demoTools.map((t, i) => [slugOf(t.name), proposers[i]]));
  await db.query(
    `INSERT INTO reports (reporter_id, object_type, object_id, reason, note, title, path, responsible_id, created_at)
     SELECT v.reporter, 'tool', v.object_id, v.reason, v.note, v.title, v.path, v.responsible,
            now() - make_interval(hours => v.age_hours)
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::int[])
         AS v(reporter, object_id, reason, note, title, path, responsible, age_hours)`,
    [
      reports.map((r) => r.reporter),
      reports.map((r) => r.tool.id),
      reports.map((r) => r.reason),
      reports.map((r) => r.note),
      reports.map((r) => nameBySlug.get(r.tool.slug) ?? r.tool.slug),
      reports.map((r) => `/tools/${r.tool.slug}`),
      reports.map((r) => proposerBySlug.get(r.tool.slug) ?? null),
      reports.map(() => random.int(1, 72)),
    ],
  );
}
