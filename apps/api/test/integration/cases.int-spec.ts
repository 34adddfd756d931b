import type { CasePage, Notification, NotificationPage, SimilarCaseList } from '@open-spaces/contracts';
import { XMLParser } from 'fast-xml-parser';
import { CasesService } from '../../src/modules/cases/cases.service';
import { ModerationTargets } from '../../src/modules/moderation/moderation-targets';
import { newCaseInput, submitCase } from '../factories/cases';
import { createOrganisation } from '../factories/organisations';
import { bearer, login, registerUser, registerVerifiedUser } from '../factories/users';
import { jobsSettled } from '../setup/jobs';
import { expectProblem } from '../setup/problems';
import { startTestApp, TEST_ORIGIN, type TestApp } from '../setup/test-app';

interface Person {
  id: string;
  token: string;
  headers: Record<string, string>;
  handle: string;
}

let t: TestApp;
let submitter: Person;
let moderator: Person;
let other: Person;

async function person(name: string, role?: 'moderator' | 'admin'): Promise<Person> {
  const user = await registerVerifiedUser(t, { displayName: name });
  if (role) await t.sql('UPDATE users SET role = $2 WHERE id = $1', [user.id, role]);
  const token = (await login(t, user)).accessToken;
  const [profile] = await t.sql<{ handle: string }>('SELECT handle FROM profiles WHERE user_id = $1', [
    user.id,
  ]);
  return { id: user.id, token, headers: bearer(token), handle: profile?.handle ?? '' };
}

async function notificationsOf(who: Person): Promise<Notification[]> {
  await jobsSettled(t);
  const response = await t.http().get('/api/notifications').set(who.headers).expect(200);
  return (response.body as NotificationPage).items;
}

async function listed(query: Record<string, string> = {}, who?: Person): Promise<string[]> {
  const request = t.http().get('/api/cases').query(query);
  const response = await (who ? request.set(who.headers) : request).expect(200);
  return (response.body as CasePage).items.map((item) => item.title);
}

beforeAll(async () => {
  t = await startTestApp({ LOGIN_LIMIT_PER_IP: '1000' });
  submitter = await person('Sara Submitter');
  moderator = await person('Mo Moderator', 'moderator');
  other = await person('Otto Other');
});
afterAll(() => t.close());

describe('POST /api/cases', () => {
  it('lets a verified member submit a case, which waits for review', async () => {
    const organisation = await createOrganisation(t, submitter.token, { name: 'Civic Lab Riverside' });
    const response = await t
      .http()
      .post('/api/cases')
      .set(submitter.headers)
      .send(
        newCaseInput({
          title: 'Submitted budget case',
          description: 'We met **six times**.',
          organisers: [{ organisation: organisation.slug }, { name: 'District Office' }],
          funders: [{ name: 'City of Riverside' }],
          links: [{ url: 'https://example.org/report', label: 'Final report' }],
          topics: ['democracy-and-participation'],
          participantCount: 420,
        }),
      )
      .expect(201);
    expect(response.body).toMatchObject({
      title: 'Submitted budget case',
      status: 'submitted',
      descriptionHtml: expect.stringContaining('<strong>six times</strong>'),
      organisers: [
        { name: 'Civic Lab Riverside', organisation: { slug: organisation.slug } },
        { name: 'District Office', organisation: null },
      ],
      funders: [{ name: 'City of Riverside', organisation: null }],
      links: [{ url: 'https://example.org/report', label: 'Final report' }],
      participantCount: 420,
      submittedBy: { handle: submitter.handle },
      canEdit: true,
      canReview: false,
      publishedAt: null,
    });
  });

  it('refuses anonymous visitors', async () => {
    expectProblem(await t.http().post('/api/cases').send(newCaseInput()), 401, 'unauthenticated');
  });

  it('refuses accounts whose address is not confirmed', async () => {
    const user = await registerUser(t);
    const { accessToken } = await login(t, user);
    const response = await t.http().post('/api/cases').set(bearer(accessToken)).send(newCaseInput());
    expectProblem(response, 403, 'email_not_verified');
  });

  it('names the fields that are wrong', async () => {
    const response = await t
      .http()
      .post('/api/cases')
      .set(submitter.headers)
      .send(
        newCaseInput({
          endDate: '2023-01-01',
          methods: ['speed_dating' as 'hackathon'],
          links: [{ url: 'javascript:alert(1)' }],
          organisers: [{ name: 'Both', organisation: 'some-org' }],
        }),
      );
    const problem = expectProblem(response, 400, 'validation_failed');
    expect(problem.errors?.map((error) => error.field).sort()).toEqual([
      'links.0.url',
      'methods.0',
      'organisers.0',
    ]);
  });

  it('refuses dates that do not exist or lie outside the years a case can have happened in', async () => {
    for (const startDate of ['2023-02-30', '0000-01-01', '2300-01-01']) {
      const response = await t
        .http()
        .post('/api/cases')
        .set(submitter.headers)
        .send(newCaseInput({ startDate, endDate: null }));
      expect(expectProblem(response, 400, 'validation_failed').errors?.[0]?.field).toBe('startDate');
    }
  });

  it('refuses an end before the start and an end on an ongoing case', async () => {
    const before = await t
      .http()
      .post('/api/cases')
      .set(submitter.headers)
      .send(newCaseInput({ endDate: '2020-01-01' }));
    expect(expectProblem(before, 400, 'validation_failed').errors?.[0]?.field).toBe('endDate');
    const ongoing = await t
      .http()
      .post('/api/cases')
      .set(submitter.headers)
      .send(newCaseInput({ ongoing: true }));
    expect(expectProblem(ongoing, 400, 'validation_failed').errors?.[0]?.field).toBe('endDate');
  });

  it('refuses organisations that do not exist and topics outside the vocabulary', async () => {
    const organisation = await t
      .http()
      .post('/api/cases')
      .set(submitter.headers)
      .send(newCaseInput({ funders: [{ organisation: 'no-such-organisation' }] }));
    expect(expectProblem(organisation, 400, 'validation_failed').errors).toEqual([
      expect.objectContaining({ field: 'funders.0.organisation', code: 'unknown_organisation' }),
    ]);
    const topic = await t
      .http()
      .post('/api/cases')
      .set(submitter.headers)
      .send(newCaseInput({ topics: ['not-a-topic'] }));
    expectProblem(topic, 400, 'unknown_taxonomy_value');
  });
});

describe('who sees a case before it is published', () => {
  it('shows it to its submitter and moderators only', async () => {
    const submitted = await submitCase(t, submitter.token, { title: 'Private until published' });
    await t.http().get(`/api/cases/${submitted.id}`).set(submitter.headers).expect(200);
    const seen = await t.http().get(`/api/cases/${submitted.id}`).set(moderator.headers).expect(200);
    expect(seen.body).toMatchObject({ canReview: true, canEdit: false });
    expectProblem(await t.http().get(`/api/cases/${submitted.id}`).set(other.headers), 404, 'case_not_found');
    expectProblem(await t.http().get(`/api/cases/${submitted.id}`), 404, 'case_not_found');
    expect(await listed()).not.toContain('Private until published');
  });

  it('answers 404 for addresses that are not ids', async () => {
    expectProblem(await t.http().get('/api/cases/not-an-id'), 404, 'case_not_found');
  });
});

describe('PUT /api/cases/:id', () => {
  it('lets the submitter edit while it waits', async () => {
    const submitted = await submitCase(t, submitter.token);
    const response = await t
      .http()
      .put(`/api/cases/${submitted.id}`)
      .set(submitter.headers)
      .send(newCaseInput({ title: 'Edited while waiting', methods: ['consultation', 'online_survey'] }))
      .expect(200);
    expect(response.body).toMatchObject({
      title: 'Edited while waiting',
      methods: ['consultation', 'online_survey'],
      status: 'submitted',
    });
  });

  it('refuses other members (who do not see it) and moderators', async () => {
    const submitted = await submitCase(t, submitter.token);
    const edit = newCaseInput({ title: 'Not yours to edit' });
    expectProblem(
      await t.http().put(`/api/cases/${submitted.id}`).set(other.headers).send(edit),
      404,
      'case_not_found',
    );
    expectProblem(
      await t.http().put(`/api/cases/${submitted.id}`).set(moderator.headers).send(edit),
      403,
      'forbidden',
    );
  });

  it('refuses edits once the case is published', async () => {
    const published = await submitCase(t, submitter.token, {}, moderator.token);
    const response = await t
      .http()
      .put(`/api/cases/${published.id}`)
      .set(submitter.headers)
      .send(newCaseInput({ title: 'Too late to edit' }));
    expectProblem(response, 409, 'case_not_editable');
  });
});

describe('POST /api/cases/:id/review', () => {
  it('returns a case with a note, which its submitter reads, edits and sends back', async () => {
    const submitted = await submitCase(t, submitter.token, { title: 'Needs more evidence' });
    const returned = await t
      .http()
      .post(`/api/cases/${submitted.id}/review`)
      .set(moderator.headers)
      .send({ decision: 'return', note: 'Add how participants were recruited.' })
      .expect(200);
    expect(returned.body).toMatchObject({
      status: 'returned',
      reviewNote: 'Add how participants were recruited.',
    });

    const [told] = await notificationsOf(submitter);
    expect(told).toMatchObject({
      kind: 'case_returned',
      subject: { type: 'case', title: 'Needs more evidence', path: `/cases/${submitted.id}` },
      details: { reason: 'Add how participants were recruited.' },
    });

    const own = await t.http().get(`/api/cases/${submitted.id}`).set(submitter.headers).expect(200);
    expect(own.body).toMatchObject({ canEdit: true, reviewNote: 'Add how participants were recruited.' });
    const edited = await t
      .http()
      .put(`/api/cases/${submitted.id}`)
      .set(submitter.headers)
      .send(newCaseInput({ title: 'Needs more evidence', recruitment: 'Random selection by lot.' }))
      .expect(200);
    expect(edited.body).toMatchObject({ status: 'submitted', recruitment: 'Random selection by lot.' });
  });

  it('publishes a case: public, in the log, and its submitter is told', async () => {
    const submitted = await submitCase(t, submitter.token, { title: 'Published assembly case' });
    const response = await t
      .http()
      .post(`/api/cases/${submitted.id}/review`)
      .set(moderator.headers)
      .send({ decision: 'publish' })
      .expect(200);
    expect(response.body).toMatchObject({ status: 'published', canReview: false, reviewNote: null });
    expect(response.body.publishedAt).toEqual(expect.any(String));

    await t.http().get(`/api/cases/${submitted.id}`).expect(200);
    expect(await listed()).toContain('Published assembly case');
    const [told] = await notificationsOf(submitter);
    expect(told).toMatchObject({
      kind: 'case_published',
      subject: { type: 'case', path: `/cases/${submitted.id}` },
    });
    const activities = await t.sql(
      `SELECT verb, actor_id FROM activities WHERE object_type = 'case' AND object_id = $1`,
      [submitted.id],
    );
    expect(activities).toEqual([{ verb: 'published', actor_id: submitter.id }]);
    const audit = await t.sql(`SELECT action FROM moderation_actions WHERE object_id = $1`, [submitted.id]);
    expect(audit).toEqual([{ action: 'publish_case' }]);
  });

  it('refuses members who are not moderators', async () => {
    const submitted = await submitCase(t, submitter.token);
    const response = await t
      .http()
      .post(`/api/cases/${submitted.id}/review`)
      .set(submitter.headers)
      .send({ decision: 'publish' });
    expectProblem(response, 403, 'forbidden');
  });

  it('leaves the cases a moderator submitted to another moderator', async () => {
    const own = await submitCase(t, moderator.token, { title: 'A moderator’s own case' });
    const seen = await t.http().get(`/api/cases/${own.id}`).set(moderator.headers).expect(200);
    expect(seen.body).toMatchObject({ canReview: false, canEdit: true });
    const response = await t
      .http()
      .post(`/api/cases/${own.id}/review`)
      .set(moderator.headers)
      .send({ decision: 'publish' });
    expectProblem(response, 409, 'cannot_moderate_self');
    const colleague = await person('Cleo Colleague', 'moderator');
    await t
      .http()
      .post(`/api/cases/${own.id}/review`)
      .set(colleague.headers)
      .send({ decision: 'publish' })
      .expect(200);
  });

  it('brings a published case into the home feed of those who follow its topic', async () => {
    const follower = await person('Fiona Follower');
    await t
      .http()
      .post('/api/follows')
      .set(follower.headers)
      .send({ type: 'topic', target: 'housing' })
      .expect(200);
    await submitCase(
      t,
      submitter.token,
      { title: 'Housing case in the feed', topics: ['housing'] },
      moderator.token,
    );
    await submitCase(t, submitter.token, { title: 'Housing case still waiting', topics: ['housing'] });
    const feed = await t.http().get('/api/feed').set(follower.headers).expect(200);
    const cases = (feed.body.items as { object: { type: string; title?: string } }[]).filter(
      (item) => item.object.type === 'case',
    );
    expect(cases.map((item) => item.object.title)).toEqual(['Housing case in the feed']);
  });

  it('asks for a note when returning, and refuses a second decision', async () => {
    const submitted = await submitCase(t, submitter.token);
    const noNote = await t
      .http()
      .post(`/api/cases/${submitted.id}/review`)
      .set(moderator.headers)
      .send({ decision: 'return' });
    expect(expectProblem(noNote, 400, 'validation_failed').errors?.[0]?.field).toBe('note');
    await t
      .http()
      .post(`/api/cases/${submitted.id}/review`)
      .set(moderator.headers)
      .send({ decision: 'publish' })
      .expect(200);
    const again = await t
      .http()
      .post(`/api/cases/${submitted.id}/review`)
      .set(moderator.headers)
      .send({ decision: 'return', note: 'Changed my mind' });
    expectProblem(again, 409, 'case_already_reviewed');
  });
});

describe('GET /api/cases/submitted and /api/cases/mine', () => {
  it('lists waiting cases for moderators, the longest waiting first, a page at a time', async () => {
    const first = await submitCase(t, other.token, { title: 'Queue first' });
    const second = await submitCase(t, other.token, { title: 'Queue second' });
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const query: Record<string, string> = after ? { limit: '1', after } : { limit: '1' };
      const page = await t.http().get('/api/cases/submitted').query(query).set(moderator.headers).expect(200);
      ids.push(...(page.body as CasePage).items.map((item) => item.id));
      after = (page.body as CasePage).nextCursor;
    } while (after);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    expect(ids.indexOf(first.id)).toBeGreaterThanOrEqual(0);
  });

  it('refuses the queue to members who are not moderators', async () => {
    expectProblem(await t.http().get('/api/cases/submitted').set(other.headers), 403, 'forbidden');
  });

  it("lists a person's own cases in every state, and only theirs", async () => {
    const writer = await person('Wanda Writer');
    await submitCase(t, writer.token, { title: 'Mine waiting' });
    await submitCase(t, writer.token, { title: 'Mine published' }, moderator.token);
    const page = await t.http().get('/api/cases/mine').set(writer.headers).expect(200);
    expect((page.body as CasePage).items.map((item) => [item.title, item.status])).toEqual([
      ['Mine published', 'published'],
      ['Mine waiting', 'submitted'],
    ]);
    expectProblem(await t.http().get('/api/cases/mine'), 401, 'unauthenticated');
  });
});

describe('browsing the repository', () => {
  let browser: Person;

  beforeAll(async () => {
    browser = await person('Bea Browser');
    await submitCase(
      t,
      browser.token,
      {
        title: 'Klimarat Freiburg',
        summary: 'Ein zufällig ausgeloster Bürgerrat beriet über die Klimaziele der Stadt Freiburg.',
        methods: ['citizens_assembly'],
        country: 'AT',
        scope: 'local',
        iap2Level: 'collaborate',
        topics: ['climate-and-environment'],
        language: 'de',
      },
      moderator.token,
    );
    await submitCase(
      t,
      browser.token,
      {
        title: 'Lisbon open data hackathon',
        summary: 'Developers and residents built tools on the city open data over one weekend.',
        methods: ['hackathon', 'crowdsourcing'],
        country: 'PT',
        scope: 'local',
        iap2Level: 'involve',
        topics: ['open-data'],
        language: 'en',
      },
      moderator.token,
    );
    await submitCase(
      t,
      browser.token,
      {
        title: 'Vienna climate assembly',
        summary: 'A national assembly of randomly selected residents on climate policy for Austria.',
        methods: ['citizens_assembly', 'deliberative_poll'],
        country: 'AT',
        scope: 'national',
        iap2Level: 'collaborate',
        topics: ['climate-and-environment'],
        language: 'en',
      },
      moderator.token,
    );
  });

  it('filters by method, scope, country, IAP2 level, topic and language', async () => {
    expect(await listed({ method: 'citizens_assembly', country: 'AT' })).toEqual([
      'Vienna climate assembly',
      'Klimarat Freiburg',
    ]);
    expect(await listed({ method: 'hackathon' })).toEqual(['Lisbon open data hackathon']);
    expect(await listed({ scope: 'national', country: 'AT' })).toEqual(['Vienna climate assembly']);
    expect(await listed({ iap2Level: 'involve', country: 'PT' })).toEqual(['Lisbon open data hackathon']);
    expect(await listed({ topic: 'climate-and-environment', language: 'de' })).toEqual(['Klimarat Freiburg']);
  });

  it('finds words in any of the languages, stemmed', async () => {
    expect(await listed({ q: 'hackathons' })).toEqual(['Lisbon open data hackathon']);
    expect(await listed({ q: 'Bürgerrat' })).toEqual(['Klimarat Freiburg']);
  });

  it('pages by keyset without repeating a case', async () => {
    const first = await t.http().get('/api/cases').query({ country: 'AT', limit: '1' }).expect(200);
    const second = await t
      .http()
      .get('/api/cases')
      .query({ country: 'AT', limit: '1', after: first.body.nextCursor })
      .expect(200);
    expect([...first.body.items, ...second.body.items].map((item: { title: string }) => item.title)).toEqual([
      'Vienna climate assembly',
      'Klimarat Freiburg',
    ]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('refuses filters outside the vocabulary and forged cursors', async () => {
    expectProblem(await t.http().get('/api/cases').query({ method: 'magic' }), 400, 'validation_failed');
    expectProblem(
      await t.http().get('/api/cases').query({ after: 'bm90LWEtY3Vyc29y' }),
      400,
      'validation_failed',
    );
  });

  it('counts the filtered cases for each filter value', async () => {
    const response = await t.http().get('/api/cases/facets').query({ country: 'AT' }).expect(200);
    expect(response.body).toMatchObject({
      total: 2,
      capped: false,
      methods: [
        { value: 'citizens_assembly', count: 2 },
        { value: 'deliberative_poll', count: 1 },
      ],
      scopes: [
        { value: 'local', count: 1 },
        { value: 'national', count: 1 },
      ],
      iap2Levels: [{ value: 'collaborate', count: 2 }],
      topics: [{ value: 'climate-and-environment', count: 2 }],
      languages: [
        { value: 'de', count: 1 },
        { value: 'en', count: 1 },
      ],
    });
  });

  it('suggests similar published cases with what they share', async () => {
    const [vienna] = await t.sql<{ id: string }>(
      `SELECT id FROM cases WHERE title = 'Vienna climate assembly'`,
    );
    const response = await t.http().get(`/api/cases/${vienna?.id}/similar`).expect(200);
    const items = (response.body as SimilarCaseList).items;
    expect(items[0]?.case.title).toBe('Klimarat Freiburg');
    expect(items[0]?.reasons).toEqual([
      { kind: 'methods', values: ['citizens_assembly'] },
      { kind: 'topics', values: ['climate-and-environment'] },
      { kind: 'iap2Level', value: 'collaborate' },
      { kind: 'country', value: 'AT' },
    ]);
    expect(items.map((item) => item.case.title)).not.toContain('Lisbon open data hackathon');
  });

  it('finds only published cases in search', async () => {
    await submitCase(t, browser.token, { title: 'Unpublished Zwiebelrat case' });
    await submitCase(t, browser.token, { title: 'Published Zwiebelrat case' }, moderator.token);
    const response = await t.http().get('/api/search').query({ q: 'Zwiebelrat', type: 'case' }).expect(200);
    expect(
      response.body.items.map((item: { title: { text: string }[] }) =>
        item.title.map((p) => p.text).join(''),
      ),
    ).toEqual(['Published Zwiebelrat case']);
    expect(response.body.items[0]).toMatchObject({ type: 'case', countries: ['DE'] });
  });

  it('publishes an Atom feed of newly published cases', async () => {
    const response = await t.http().get('/api/cases/feed.atom').expect(200);
    expect(response.headers['content-type']).toContain('application/atom+xml');
    const feed = new XMLParser({ ignoreAttributes: false }).parse(response.text).feed;
    const entries = (Array.isArray(feed.entry) ? feed.entry : [feed.entry]) as {
      title: string | { '#text': string };
      link: { '@_href': string };
    }[];
    const titles = entries.map((entry) =>
      typeof entry.title === 'string' ? entry.title : entry.title['#text'],
    );
    expect(titles).toContain('Vienna climate assembly');
    expect(titles).not.toContain('Unpublished Zwiebelrat case');
    const [vienna] = await t.sql<{ id: string }>(
      `SELECT id FROM cases WHERE title = 'Vienna climate assembly'`,
    );
    expect(entries.map((entry) => entry.link['@_href'])).toContain(`${TEST_ORIGIN}/cases/${vienna?.id}`);
  });
});

describe('moderation, blocks and suspension', () => {
  it('hides a reported case from everyone but its submitter and moderators', async () => {
    const published = await submitCase(t, submitter.token, { title: 'Case to hide' }, moderator.token);
    const report = await t
      .http()
      .post('/api/reports')
      .set(other.headers)
      .send({ objectType: 'case', objectId: published.id, reason: 'spam', note: '' });
    expect(report.status).toBe(201);
    await t.app.get(ModerationTargets).get('case')?.setHidden(published.id, { reason: 'Advertising' });
    expectProblem(await t.http().get(`/api/cases/${published.id}`).set(other.headers), 404, 'case_not_found');
    expect(await listed()).not.toContain('Case to hide');
    const own = await t.http().get(`/api/cases/${published.id}`).set(submitter.headers).expect(200);
    expect(own.body.moderation).toEqual({ hidden: true, reason: 'Advertising' });
    await t.http().get(`/api/cases/${published.id}`).set(moderator.headers).expect(200);
  });

  it('hides the cases of someone who blocked the viewer, and of suspended accounts', async () => {
    const blocker = await person('Blair Blocker');
    const published = await submitCase(t, blocker.token, { title: 'Case by a blocker' }, moderator.token);
    await t.http().get(`/api/cases/${published.id}`).set(other.headers).expect(200);
    await t.http().post('/api/blocks').set(blocker.headers).send({ handle: other.handle }).expect(204);
    expectProblem(await t.http().get(`/api/cases/${published.id}`).set(other.headers), 404, 'case_not_found');
    expect(await listed({}, other)).not.toContain('Case by a blocker');
    expect(await listed()).toContain('Case by a blocker');

    await t.sql('UPDATE users SET suspended_at = now() WHERE id = $1', [blocker.id]);
    expect(await listed()).not.toContain('Case by a blocker');
    expectProblem(await t.http().get(`/api/cases/${published.id}`), 404, 'case_not_found');
  });

  it('links an organiser only for viewers who may see the organisation', async () => {
    const organisation = await createOrganisation(t, submitter.token, { name: 'Quiet Circle' });
    await t.sql(`UPDATE organisations SET visibility = 'hidden' WHERE id = $1`, [organisation.id]);
    const published = await submitCase(
      t,
      submitter.token,
      { title: 'Case by a quiet circle', organisers: [{ organisation: organisation.slug }] },
      moderator.token,
    );
    const own = await t.http().get(`/api/cases/${published.id}`).set(submitter.headers).expect(200);
    expect(own.body.organisers).toEqual([
      { name: 'Quiet Circle', organisation: expect.objectContaining({ slug: organisation.slug }) },
    ]);
    const seen = await t.http().get(`/api/cases/${published.id}`).set(other.headers).expect(200);
    expect(seen.body.organisers).toEqual([{ name: 'Quiet Circle', organisation: null }]);
    const refused = await t
      .http()
      .post('/api/cases')
      .set(other.headers)
      .send(newCaseInput({ organisers: [{ organisation: organisation.slug }] }));
    expect(expectProblem(refused, 400, 'validation_failed').errors?.[0]?.field).toBe(
      'organisers.0.organisation',
    );
  });

  it('leaves hidden cases out of the similar cases', async () => {
    const shown = await submitCase(
      t,
      submitter.token,
      { title: 'Lantern shown', country: 'MT' },
      moderator.token,
    );
    const hidden = await submitCase(
      t,
      submitter.token,
      { title: 'Lantern hidden', country: 'MT' },
      moderator.token,
    );
    await t.app.get(ModerationTargets).get('case')?.setHidden(hidden.id, { reason: 'Duplicate' });
    const response = await t.http().get(`/api/cases/${shown.id}/similar`).expect(200);
    const titles = (response.body as SimilarCaseList).items.map((item) => item.case.title);
    expect(titles).not.toContain('Lantern hidden');
    expect(titles.length).toBeGreaterThan(0);
  });
});

describe('draftFromSource', () => {
  it('creates a submitted case from the figures of a process, once per process', async () => {
    const service = t.app.get(CasesService);
    const source = { type: 'process' as const, id: '5b7c1a52-51a5-4c37-9d36-0f4b2f6f2a10' };
    const figures = newCaseInput({ title: 'From our own process', participantCount: 812 });
    const { id } = await service.draftFromSource(submitter.id, source, figures);
    const response = await t.http().get(`/api/cases/${id}`).set(submitter.headers).expect(200);
    expect(response.body).toMatchObject({
      status: 'submitted',
      participantCount: 812,
      source,
      canEdit: true,
    });
    await expect(service.draftFromSource(submitter.id, source, figures)).rejects.toMatchObject({
      code: 'case_source_taken',
    });
  });

  it('refuses figures that do not make a case', async () => {
    const service = t.app.get(CasesService);
    const source = { type: 'petition' as const, id: '0d3f3c1e-4a8e-4f59-9a5e-2b5d7f2b8c11' };
    await expect(
      service.draftFromSource(submitter.id, source, newCaseInput({ summary: 'short' })),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      extra: { errors: [expect.objectContaining({ field: 'summary' })] },
    });
  });
});
