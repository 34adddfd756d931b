import { withDataSource } from '../../src/database/database';
import { seedDemoData } from '../../src/database/seed/demo-seed';
import { SCALE_EMAIL_DOMAIN, SCALE_READER_EMAIL, seedAtScale } from '../../src/database/seed/scale-seed';
import { supportSlugs } from '../../src/database/seed/vocabulary';
import { bearer, login } from '../factories/users';
import { startTestApp, type TestApp } from '../setup/test-app';
import { createTestDatabase, dropTestDatabase } from '../setup/test-database';

const one = async <T>(t: TestApp, text: string, params?: unknown[]): Promise<T> => {
  const [row] = await t.sql<T>(text, params);
  if (!row) throw new Error(`no row for ${text}`);
  return row;
};

describe('the demo seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await withDataSource(t.databaseUrl, seedDemoData);
  });
  afterAll(() => t.close());

  it('runs two consultations with supported ideas, comments, and an accepted answer with a follow-up', async () => {
    const counts = await one<Record<string, number>>(
      t,
      `SELECT (SELECT count(*)::int FROM processes) AS processes,
              (SELECT count(*)::int FROM ideas) AS ideas,
              (SELECT count(*)::int FROM ideas i
                WHERE i.supports_count <> (SELECT count(*) FROM idea_supports s WHERE s.idea_id = i.id)) AS miscounted,
              (SELECT count(*)::int FROM idea_comments WHERE parent_id IS NOT NULL) AS replies,
              (SELECT count(*)::int FROM idea_answers WHERE published_state = 'accepted') AS accepted,
              (SELECT count(*)::int FROM idea_updates) AS updates,
              (SELECT count(*)::int FROM activities WHERE object_type IN ('process', 'idea')) AS activities`,
    );
    expect(counts).toEqual({
      processes: 2,
      ideas: 7,
      miscounted: 0,
      replies: 2,
      accepted: 2,
      updates: 2,
      activities: 9,
    });
    const listed = await t.http().get('/api/processes').expect(200);
    expect(listed.body.items).toHaveLength(2);
  });

  it('creates about 300 people and 80 organisations across at least 15 countries and 8 languages', async () => {
    const counts = await one<{ people: number; organisations: number; countries: number; languages: number }>(
      t,
      `SELECT (SELECT count(*)::int FROM profiles) AS people,
              (SELECT count(*)::int FROM organisations) AS organisations,
              (SELECT count(DISTINCT country)::int FROM profiles) AS countries,
              (SELECT count(DISTINCT l)::int FROM profiles, unnest(languages) l) AS languages`,
    );
    expect(counts.people).toBe(300);
    expect(counts.organisations).toBe(80);
    expect(counts.countries).toBeGreaterThanOrEqual(15);
    expect(counts.languages).toBeGreaterThanOrEqual(8);
  });

  it('writes about 300 posts of every kind across countries and languages, with comments and reactions', async () => {
    const counts = await one<{
      posts: number;
      kinds: number;
      languages: number;
      countries: number;
      organisationPosts: number;
      replies: number;
      reactions: number;
    }>(
      t,
      `SELECT (SELECT count(*)::int FROM posts) AS posts,
              (SELECT count(DISTINCT kind)::int FROM posts) AS kinds,
              (SELECT count(DISTINCT language)::int FROM posts) AS languages,
              (SELECT count(DISTINCT c)::int FROM posts, unnest(countries) c) AS countries,
              (SELECT count(*)::int FROM posts WHERE organisation_id IS NOT NULL) AS "organisationPosts",
              (SELECT count(*)::int FROM post_comments WHERE parent_id IS NOT NULL) AS replies,
              (SELECT count(*)::int FROM post_reactions) AS reactions`,
    );
    expect(counts.posts).toBe(300);
    expect(counts.kinds).toBe(5);
    expect(counts.languages).toBeGreaterThanOrEqual(4);
    expect(counts.countries).toBeGreaterThanOrEqual(15);
    expect(counts.organisationPosts).toBeGreaterThan(50);
    expect(counts.replies).toBeGreaterThan(50);
    expect(counts.reactions).toBeGreaterThan(300);
    const page = await t.http().get('/api/posts').query({ limit: 5 }).expect(200);
    expect(page.body.items).toHaveLength(5);
  });

  it('adds 25 funding calls from funders, open, forthcoming and closed, with varied eligibility', async () => {
    const calls = await one<{ n: number; funders: number; open: number; rules: number; models: number }>(
      t,
      `SELECT count(*)::int AS n,
              count(*) FILTER (WHERE o.kind NOT IN ('foundation', 'public_body', 'network'))::int AS funders,
              count(*) FILTER (WHERE fc.closes_at IS NULL OR fc.closes_at > now())::int AS open,
              count(DISTINCT fc.eligible_countries)::int AS rules,
              count(DISTINCT fc.deadline_model)::int AS models
         FROM funding_calls fc JOIN organisations o ON o.id = fc.organisation_id`,
    );
    expect(calls).toMatchObject({ n: 25, funders: 0 });
    expect(calls.open).toBeGreaterThan(10);
    expect(calls.rules).toBeGreaterThanOrEqual(5);
    expect(calls.models).toBeGreaterThanOrEqual(3);
    const listed = await t.http().get('/api/funding-calls').query({ limit: 100 }).expect(200);
    expect(listed.body.items.length).toBeGreaterThan(10);
  });

  it('adds petitions: one open with signatures, one delivered with a response, counts matching the rows', async () => {
    const petitions = await t.sql<{
      state: string;
      signature_count: number;
      rows: number;
      response: string | null;
    }>(
      `SELECT p.state, p.signature_count, p.response,
              (SELECT count(*)::int FROM petition_signatures s
                WHERE s.petition_id = p.id AND s.status = 'confirmed') AS rows
         FROM petitions p ORDER BY p.opened_at`,
    );
    expect(petitions.map((petition) => petition.state).sort()).toEqual(['delivered', 'open', 'open']);
    for (const petition of petitions) expect(petition.signature_count).toBe(petition.rows);
    expect(petitions.find((petition) => petition.state === 'delivered')?.response).toContain('stay open');
    const listed = await t.http().get('/api/petitions').query({ state: 'open' }).expect(200);
    expect(listed.body.items.length).toBe(2);
    expect(listed.body.items[0].signatureCount).toBeGreaterThan(0);
  });

  it('adds a budget open for voting with cast and unfinished ballots, and a closed one with results', async () => {
    const budgets = await t.sql<{ id: string; title: string; cast: number; drafts: number }>(
      `SELECT b.id, b.title,
              count(v.id) FILTER (WHERE v.checked_out_at IS NOT NULL)::int AS cast,
              count(v.id) FILTER (WHERE v.checked_out_at IS NULL)::int AS drafts
         FROM budgets b LEFT JOIN ballots v ON v.budget_id = b.id
        GROUP BY b.id ORDER BY b.voting_closes_at DESC`,
    );
    expect(budgets.map((budget) => budget.title)).toEqual(['Neighbourhood climate budget', 'Youth budget']);
    const [open, closed] = budgets;
    expect(open?.cast).toBeGreaterThan(5);
    expect(open?.drafts).toBeGreaterThan(0);
    const page = await t.http().get(`/api/budgets/${open?.id}`).expect(200);
    expect(page.body).toMatchObject({ votingState: 'open', ballotCount: open?.cast });
    expect(page.body.projects).toHaveLength(6);
    const results = await t.http().get(`/api/budgets/${closed?.id}/results`).expect(200);
    expect(results.body.budget.ballotCount).toBe(closed?.cast);
    expect(results.body.results.some((row: { selected: boolean }) => row.selected)).toBe(true);
  });

  it('runs once: a second call returns null and adds nobody', async () => {
    expect(await withDataSource(t.databaseUrl, seedDemoData)).toBeNull();
    expect((await one<{ n: number }>(t, 'SELECT count(*)::int AS n FROM users')).n).toBe(300);
  });

  it('mixes visibilities, mostly public or members-only, with a few hidden and some open to press', async () => {
    const rows = await t.sql<{ visibility: string; n: number }>(
      'SELECT visibility, count(*)::int AS n FROM profiles GROUP BY visibility',
    );
    const by = Object.fromEntries(rows.map((row) => [row.visibility, row.n]));
    expect(by.hidden).toBeGreaterThan(0);
    expect(by.hidden).toBeLessThan(40);
    expect((by.public ?? 0) + (by.members ?? 0)).toBeGreaterThan(250);
    const press = await one<{ n: number }>(t, 'SELECT count(*)::int AS n FROM profiles WHERE open_to_press');
    expect(press.n).toBeGreaterThan(10);
  });

  it('has organisations of every kind, each with exactly one owner, and every role', async () => {
    const kinds = await t.sql<{ kind: string }>('SELECT DISTINCT kind FROM organisations ORDER BY kind');
    expect(kinds.map((row) => row.kind)).toEqual([
      'cso',
      'foundation',
      'grassroots',
      'media',
      'network',
      'public_body',
      'research',
      'social_enterprise',
    ]);
    const owners = await t.sql<{ n: number }>(
      `SELECT count(m.user_id) FILTER (WHERE m.role = 'owner')::int AS n
         FROM organisations o LEFT JOIN memberships m ON m.organisation_id = o.id GROUP BY o.id`,
    );
    expect(owners.every((row) => row.n === 1)).toBe(true);
    const roles = await t.sql<{ role: string }>('SELECT DISTINCT role FROM memberships ORDER BY role');
    expect(roles.map((row) => row.role)).toEqual(['admin', 'editor', 'member', 'owner']);
  });

  it('uses only topics from the taxonomy and the support vocabulary', async () => {
    const unknownTopics = await t.sql(
      `SELECT DISTINCT x FROM (SELECT unnest(topics) x FROM profiles UNION SELECT unnest(topics) FROM organisations) s
        WHERE x NOT IN (SELECT slug FROM topics)`,
    );
    expect(unknownTopics).toEqual([]);
    const support = await t.sql<{ x: string }>(
      `SELECT DISTINCT x FROM (SELECT unnest(offers || needs) x FROM profiles
                               UNION SELECT unnest(offers || needs) FROM organisations) s`,
    );
    for (const row of support) expect(supportSlugs).toContain(row.x);
  });

  it('makes every offer of someone needed by someone else', async () => {
    const unmatched = await t.sql(
      `SELECT p.handle, o.offer FROM profiles p, unnest(p.offers) o(offer)
        WHERE NOT EXISTS (SELECT 1 FROM profiles q WHERE q.user_id <> p.user_id AND o.offer = ANY (q.needs))`,
    );
    expect(unmatched).toEqual([]);
  });

  it('has people follow people, organisations and topics', async () => {
    const rows = await t.sql<{ target_type: string; n: number }>(
      'SELECT target_type, count(*)::int AS n FROM follows GROUP BY target_type ORDER BY target_type',
    );
    expect(rows.map((row) => row.target_type)).toEqual(['organisation', 'profile', 'topic']);
    for (const row of rows) expect(row.n).toBeGreaterThan(100);
  });

  it('gives each demo sign-in a complete profile and memberships', async () => {
    const rows = await t.sql<{
      email: string;
      handle: string;
      n_topics: number;
      n_offers: number;
      roles: string[];
    }>(
      `SELECT u.email, p.handle, cardinality(p.topics) AS n_topics, cardinality(p.offers) AS n_offers,
              array_agg(m.role ORDER BY m.role) AS roles
         FROM users u JOIN profiles p ON p.user_id = u.id JOIN memberships m ON m.user_id = u.id
        WHERE u.email LIKE '%@demo.open-spaces.eu'
        GROUP BY u.email, p.handle, p.topics, p.offers ORDER BY u.email`,
    );
    expect(rows.map((row) => row.handle)).toEqual(['amira-haddad', 'lucia-fernandez', 'jonas-berg']);
    for (const row of rows) {
      expect(row.n_topics).toBeGreaterThan(0);
      expect(row.n_offers).toBeGreaterThan(0);
    }
    expect(rows[0]?.roles).toContain('owner');
    const { accessToken } = await login(t, {
      email: 'member@demo.open-spaces.eu',
      password: 'civic-space-demo-2026',
    });
    const following = await t
      .http()
      .get('/api/profiles/lucia-fernandez/following/organisations')
      .set(bearer(accessToken))
      .expect(200);
    expect(following.body.items.length).toBeGreaterThan(0);
  });

  it('gives the demo sign-ins notifications from their followers and the comments on their posts, some unread', async () => {
    const { accessToken } = await login(t, {
      email: 'member@demo.open-spaces.eu',
      password: 'civic-space-demo-2026',
    });
    const page = await t.http().get('/api/notifications').set(bearer(accessToken)).expect(200);
    const kinds = new Set((page.body.items as { kind: string }[]).map((item) => item.kind));
    expect(kinds.has('new_follower')).toBe(true);
    expect(page.body.unreadCount).toBeGreaterThan(0);
    expect(page.body.unreadCount).toBeLessThan(page.body.items.length);
    // Seeded notifications are listed in the app only: nothing waits to be mailed.
    const [waiting] = await t.sql<{ n: number }>(
      "SELECT count(*)::int AS n FROM notifications WHERE channel <> 'app'",
    );
    expect(waiting?.n).toBe(0);
  });

  it('starts partner searches on open calls that require partners, each with a partner accepted and an interest waiting', async () => {
    const rows = await t.sql<{ id: string; accepted: number; pending: number }>(
      `SELECT s.id, count(*) FILTER (WHERE i.status = 'accepted')::int AS accepted,
              count(*) FILTER (WHERE i.status = 'pending')::int AS pending
         FROM partner_searches s LEFT JOIN partner_interests i ON i.search_id = s.id
        GROUP BY s.id`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.every((row) => row.accepted === 1 && row.pending === 1)).toBe(true);
    const { accessToken } = await login(t, {
      email: 'member@demo.open-spaces.eu',
      password: 'civic-space-demo-2026',
    });
    const list = await t.http().get('/api/partner-searches').set(bearer(accessToken)).expect(200);
    expect(list.body.items.length).toBeGreaterThanOrEqual(3);
    const search = await t
      .http()
      .get(`/api/partner-searches/${list.body.items[0].id}`)
      .set(bearer(accessToken))
      .expect(200);
    // The accepted partner is eligible and from another country than the lead.
    expect(search.body.coverage.countriesCovered.length).toBeGreaterThanOrEqual(2);
  });

  it('never lists a hidden demo person among anyone’s followers', async () => {
    const star = await one<{ handle: string }>(
      t,
      `SELECT p.handle FROM profiles p
        WHERE p.visibility = 'public'
          AND EXISTS (SELECT 1 FROM follows f JOIN profiles h ON h.user_id = f.follower_id
                       WHERE f.target_type = 'profile' AND f.target_id = p.user_id::text AND h.visibility = 'hidden')
        LIMIT 1`,
    );
    const response = await t
      .http()
      .get(`/api/profiles/${star.handle}/followers`)
      .query({ limit: 100 })
      .expect(200);
    const hidden = await t.sql<{ handle: string }>(
      "SELECT handle FROM profiles WHERE visibility <> 'public'",
    );
    const listed = new Set(response.body.items.map((item: { handle: string }) => item.handle));
    for (const row of hidden) expect(listed.has(row.handle)).toBe(false);
  });

  it('is deterministic: another fresh database gets the same handles and emails', async () => {
    const other = await createTestDatabase();
    try {
      const query = `SELECT coalesce(string_agg(u.email || ' ' || p.handle, ',' ORDER BY u.email), '') AS people,
                            (SELECT string_agg(slug, ',' ORDER BY slug) FROM organisations) AS slugs
                       FROM users u JOIN profiles p ON p.user_id = u.id`;
      const theirs = await withDataSource(other.url, async (dataSource) => {
        await seedDemoData(dataSource);
        return dataSource.query(query);
      });
      expect(theirs).toEqual(await t.sql(query));
    } finally {
      await dropTestDatabase(other.name);
    }
  });
});

describe('the scale seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await withDataSource(t.databaseUrl, seedDemoData);
  });
  afterAll(() => t.close());

  it('adds the people and organisations asked for, with memberships, follows and hidden profiles', async () => {
    const result = await withDataSource(t.databaseUrl, (dataSource) =>
      seedAtScale(dataSource, { people: 2000, organisations: 300, batchSize: 700 }),
    );
    expect(result).toMatchObject({ people: 2000, organisations: 300 });
    const counts = await one<{ people: number; organisations: number; hidden: number; owners: number }>(
      t,
      `SELECT (SELECT count(*)::int FROM users WHERE email LIKE $1) AS people,
              (SELECT count(*)::int FROM organisations) AS organisations,
              (SELECT count(*)::int FROM profiles WHERE visibility = 'hidden') AS hidden,
              (SELECT count(*)::int FROM memberships WHERE role = 'owner') AS owners`,
      [`%@${SCALE_EMAIL_DOMAIN}`],
    );
    expect(counts).toMatchObject({ people: 2000, organisations: 380 });
    expect(counts.hidden).toBeGreaterThan(2000 * 0.02);
    expect(counts.owners).toBe(380);
    expect(result.memberships).toBeGreaterThan(300);
    expect(result.follows).toBeGreaterThan(2000 * 3);
    const filled = await one<{ n: number }>(
      t,
      `SELECT count(*)::int AS n FROM profiles p JOIN users u ON u.id = p.user_id
        WHERE u.email LIKE $1 AND p.headline <> '' AND p.country IS NOT NULL AND cardinality(p.offers) > 0`,
      [`%@${SCALE_EMAIL_DOMAIN}`],
    );
    expect(filled.n).toBe(2000);
  });

  it('makes its first person the reader: 50 people, 10 organisations and 5 topics followed, and a member', async () => {
    const follows = await t.sql<{ target_type: string; n: number }>(
      `SELECT f.target_type, count(*)::int AS n FROM follows f JOIN users u ON u.id = f.follower_id
        WHERE u.email = $1 GROUP BY f.target_type ORDER BY f.target_type`,
      [SCALE_READER_EMAIL],
    );
    expect(follows).toEqual([
      { target_type: 'organisation', n: 10 },
      { target_type: 'profile', n: 50 },
      { target_type: 'topic', n: 5 },
    ]);
    const memberships = await one<{ n: number }>(
      t,
      'SELECT count(*)::int AS n FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1',
      [SCALE_READER_EMAIL],
    );
    expect(memberships.n).toBeGreaterThanOrEqual(1);
  });

  it('adds more on a second run without clashing with earlier emails, handles or slugs', async () => {
    await withDataSource(t.databaseUrl, (dataSource) =>
      seedAtScale(dataSource, { people: 500, organisations: 50 }),
    );
    const counts = await one<{ people: number; organisations: number }>(
      t,
      `SELECT (SELECT count(*)::int FROM users WHERE email LIKE $1) AS people,
              (SELECT count(*)::int FROM organisations) AS organisations`,
      [`%@${SCALE_EMAIL_DOMAIN}`],
    );
    expect(counts).toEqual({ people: 2500, organisations: 430 });
  });

  it('adds posts by the people and organisation editors already there, with unique slugs on every run', async () => {
    for (const posts of [1500, 500]) {
      const result = await withDataSource(t.databaseUrl, (dataSource) =>
        seedAtScale(dataSource, { people: 0, organisations: 0, posts, batchSize: 700 }),
      );
      expect(result.posts).toBe(posts);
    }
    const counts = await one<{ posts: number; kinds: number; organisationPosts: number }>(
      t,
      `SELECT count(*)::int AS posts, count(DISTINCT kind)::int AS kinds,
              count(*) FILTER (WHERE organisation_id IS NOT NULL)::int AS "organisationPosts"
         FROM posts`,
    );
    expect(counts.posts).toBe(300 + 2000);
    expect(counts.kinds).toBe(5);
    expect(counts.organisationPosts).toBeGreaterThan(400);
  });

  it('grows the activity log to the size asked for with edits of published posts, after their publication', async () => {
    const before = await one<{ n: number; last: string }>(
      t,
      'SELECT count(*)::int AS n, max(id)::text AS last FROM activities',
    );
    const result = await withDataSource(t.databaseUrl, (dataSource) =>
      seedAtScale(dataSource, { people: 0, organisations: 0, activities: before.n + 3000 }),
    );
    expect(result).toMatchObject({ activities: 3000, edits: 3000, activityLog: before.n + 3000 });
    const edits = await one<{
      n: number;
      posts: number;
      unpublished: number;
      early: number;
      byOthers: number;
      outOfOrder: number;
      staleEdits: number;
    }>(
      t,
      `WITH edits AS (SELECT * FROM activities WHERE id > $1::bigint)
       SELECT count(*)::int AS n, count(DISTINCT e.object_id)::int AS posts,
              count(*) FILTER (WHERE p.status <> 'published' OR e.verb <> 'updated')::int AS unpublished,
              count(*) FILTER (WHERE NOT EXISTS (
                SELECT 1 FROM activities a WHERE a.object_id = e.object_id AND a.verb = 'published'
                   AND a.id < e.id AND a.created_at < e.created_at))::int AS early,
              count(*) FILTER (WHERE e.actor_id <> p.author_id OR e.topics <> p.topics
                                 OR e.audience <> p.audience)::int AS "byOthers",
              (SELECT count(*)::int FROM (SELECT created_at < lag(created_at) OVER (ORDER BY id) AS back
                                            FROM edits) s WHERE back) AS "outOfOrder",
              count(*) FILTER (WHERE p.edited_at < e.created_at)::int AS "staleEdits"
         FROM edits e JOIN posts p ON p.id = e.object_id`,
      [before.last],
    );
    expect(edits).toMatchObject({
      n: 3000,
      unpublished: 0,
      early: 0,
      byOthers: 0,
      outOfOrder: 0,
      staleEdits: 0,
    });
    expect(edits.posts).toBeGreaterThan(1000);
    // The feed reads topics' news along activity_topics: every publication is there, no edit.
    const misindexed = await t.sql(
      `SELECT a.id, a.verb, x.topic FROM activities a, unnest(a.topics) x(topic)
        WHERE a.id > $1::bigint
          AND EXISTS (SELECT 1 FROM activity_topics t WHERE t.activity_id = a.id AND t.topic = x.topic)
              <> (a.verb = 'published')`,
      [before.last],
    );
    expect(misindexed).toEqual([]);
  });

  it('never shrinks the activity log: asking for fewer than it holds adds no edits', async () => {
    const result = await withDataSource(t.databaseUrl, (dataSource) =>
      seedAtScale(dataSource, { people: 0, organisations: 0, activities: 10 }),
    );
    expect(result).toMatchObject({ activities: 0, edits: 0 });
  });

  it('adds the funding calls asked for, in batches, from organisations with an owner', async () => {
    const result = await withDataSource(t.databaseUrl, (dataSource) =>
      seedAtScale(dataSource, { people: 0, organisations: 0, calls: 1200, batchSize: 500 }),
    );
    expect(result.calls).toBe(1200);
    const counts = await one<{ n: number; consistent: number }>(
      t,
      `SELECT count(*)::int AS n,
              count(*) FILTER (WHERE cardinality(deadlines_at) = jsonb_array_length(deadlines)
                                 AND (closes_at IS NULL) = (deadline_model = 'rolling'))::int AS consistent
         FROM funding_calls`,
    );
    expect(counts).toEqual({ n: 1225, consistent: 1225 });
  });
});
