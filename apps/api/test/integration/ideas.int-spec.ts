import type {
  Idea,
  IdeaCommentPage,
  IdeaPage,
  IdeaResults,
  Notification,
  SupportState,
} from '@open-spaces/contracts';
import { parse } from 'csv-parse/sync';
import { createOrganisation, handleOf, type TestOrganisation } from '../factories/organisations';
import { daysFromNow, openPhases, openProcess } from '../factories/processes';
import { MANY_SIGN_INS, type Person } from '../factories/profiles';
import { bearer, login, registerUser, registerVerifiedUser } from '../factories/users';
import { jobsSettled } from '../setup/jobs';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';

let t: TestApp;
let organiser: Person;
let ana: Person;
let ben: Person;
let carla: Person;
let organisation: TestOrganisation;
let processId: string;

async function verifiedPerson(name: string): Promise<Person> {
  const user = await registerVerifiedUser(t, { displayName: name });
  const { accessToken } = await login(t, user);
  return { ...user, accessToken, auth: bearer(accessToken), handle: await handleOf(t, user) };
}

async function propose(person: Person, process = processId, title = 'More bike lanes'): Promise<Idea> {
  const response = await t
    .http()
    .post(`/api/processes/${process}/ideas`)
    .set(person.auth)
    .send({ title, body: 'Safe lanes to every **school**.', topics: ['climate-and-environment'] })
    .expect(201);
  return response.body;
}

/** Ideas written straight to the table, for tests that need many of them. */
async function seedIdeas(process: string, author: Person, count: number): Promise<string[]> {
  const rows = await t.sql<{ id: string }>(
    `INSERT INTO ideas (process_id, author_id, title, body, body_html)
     SELECT $1, $2, 'Seeded idea ' || n, 'Body', '<p>Body</p>' FROM generate_series(1, $3::int) n
     RETURNING id`,
    [process, author.id, count],
  );
  return rows.map((row) => row.id);
}

beforeAll(async () => {
  t = await startTestApp(MANY_SIGN_INS);
  organiser = await verifiedPerson('Olivia Organiser');
  ana = await verifiedPerson('Ana Alves');
  ben = await verifiedPerson('Ben Brandt');
  carla = await verifiedPerson('Carla Costa');
  organisation = await createOrganisation(t, organiser.accessToken, { name: 'Town Forum' });
  processId = await openProcess(t, organiser.auth, organisation.slug, { supportThreshold: 2 });
});

afterAll(async () => {
  await t.close();
});

describe('proposing ideas', () => {
  it('lets a verified member propose while a phase takes ideas', async () => {
    const idea = await propose(ana);
    expect(idea).toMatchObject({
      title: 'More bike lanes',
      author: { handle: ana.handle, displayName: 'Ana Alves' },
      supportsCount: 0,
      canEdit: true,
      mine: true,
      answer: null,
    });
    expect(idea.bodyHtml).toContain('<strong>school</strong>');
  });

  it('refuses members whose email is not verified', async () => {
    const user = await registerUser(t);
    const { accessToken } = await login(t, user);
    const response = await t
      .http()
      .post(`/api/processes/${processId}/ideas`)
      .set(bearer(accessToken))
      .send({ title: 'Unverified idea', body: 'Body' });
    expect(response.status).toBe(403);
  });

  it('refuses proposals outside a phase that takes them, with a clear code', async () => {
    const later = await openProcess(t, organiser.auth, organisation.slug, {
      phases: [{ kind: 'ideas', startsAt: daysFromNow(2), endsAt: daysFromNow(4), actions: ['propose'] }],
    });
    const response = await t
      .http()
      .post(`/api/processes/${later}/ideas`)
      .set(ana.auth)
      .send({ title: 'Too early', body: 'Body' });
    expectProblem(response, 409, 'proposing_closed');
  });

  it('never passes the limit of ideas per person under 20 concurrent proposals', async () => {
    const limited = await openProcess(t, organiser.auth, organisation.slug, { ideaLimit: 2 });
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        t
          .http()
          .post(`/api/processes/${limited}/ideas`)
          .set(ben.auth)
          .send({ title: `Concurrent idea ${index}`, body: 'Body' }),
      ),
    );
    expect(responses.filter((response) => response.status === 201)).toHaveLength(2);
    for (const refused of responses.filter((response) => response.status !== 201)) {
      expectProblem(refused, 409, 'idea_limit_reached');
    }
    const [row] = await t.sql<{ count: number }>(
      'SELECT count(*)::int AS count FROM ideas WHERE process_id = $1 AND author_id = $2',
      [limited, ben.id],
    );
    expect(row?.count).toBe(2);
  });

  it('lets the author edit until the first support, then refuses with idea_locked', async () => {
    const idea = await propose(ana, processId, 'Edit me');
    await t.http().patch(`/api/ideas/${idea.id}`).set(ana.auth).send({ title: 'Edited title' }).expect(200);
    expectProblem(
      await t.http().patch(`/api/ideas/${idea.id}`).set(ben.auth).send({ title: 'Not mine' }),
      403,
      'forbidden',
    );
    await t.http().put(`/api/ideas/${idea.id}/support`).set(ben.auth).expect(200);
    expectProblem(
      await t.http().patch(`/api/ideas/${idea.id}`).set(ana.auth).send({ title: 'Too late' }),
      409,
      'idea_locked',
    );
    const shown = await t.http().get(`/api/ideas/${idea.id}`).set(ana.auth).expect(200);
    expect(shown.body).toMatchObject({ title: 'Edited title', canEdit: false });
  });
});

describe('supporting ideas', () => {
  it('keeps one support per person under 20 concurrent requests', async () => {
    const idea = await propose(ana, processId, 'Support me once');
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => t.http().put(`/api/ideas/${idea.id}/support`).set(carla.auth)),
    );
    expect(responses.every((response) => response.status === 200)).toBe(true);
    const [row] = await t.sql<{ supports: number; count: number }>(
      `SELECT (SELECT count(*)::int FROM idea_supports WHERE idea_id = $1) AS supports,
              (SELECT supports_count FROM ideas WHERE id = $1) AS count`,
      [idea.id],
    );
    expect(row).toEqual({ supports: 1, count: 1 });
  });

  it('never passes the limit of supports per person under 20 concurrent requests', async () => {
    const limited = await openProcess(t, organiser.auth, organisation.slug, { supportLimit: 3 });
    const ideas = await seedIdeas(limited, ana, 20);
    const responses = await Promise.all(
      ideas.map((id) => t.http().put(`/api/ideas/${id}/support`).set(ben.auth)),
    );
    expect(responses.filter((response) => response.status === 200)).toHaveLength(3);
    for (const refused of responses.filter((response) => response.status !== 200)) {
      expectProblem(refused, 409, 'support_limit_reached');
    }
    const [row] = await t.sql<{ supports: number; counted: number }>(
      `SELECT (SELECT count(*)::int FROM idea_supports WHERE process_id = $1 AND user_id = $2) AS supports,
              (SELECT sum(supports_count)::int FROM ideas WHERE process_id = $1) AS counted`,
      [limited, ben.id],
    );
    expect(row).toEqual({ supports: 3, counted: 3 });
  });

  it('counts many people supporting at once, marks the idea successful, and withdraws', async () => {
    const idea = await propose(ana, processId, 'Popular idea');
    const supporters = [ben, carla, organiser];
    await Promise.all(
      supporters.map((person) => t.http().put(`/api/ideas/${idea.id}/support`).set(person.auth)),
    );
    const withdrawn = await t.http().delete(`/api/ideas/${idea.id}/support`).set(ben.auth).expect(200);
    expect(withdrawn.body as SupportState).toEqual({
      ideaId: idea.id,
      supportsCount: 2,
      supportedByMe: false,
      successful: true,
    });
    const successful = await t
      .http()
      .get(`/api/processes/${processId}/ideas`)
      .query({ successful: 'true', limit: 100 })
      .expect(200);
    expect((successful.body as IdeaPage).items.map((item) => item.id)).toContain(idea.id);
  });

  it('refuses supports once the phase that takes them is over', async () => {
    const closed = await openProcess(t, organiser.auth, organisation.slug, {
      phases: [
        { kind: 'ideas', startsAt: daysFromNow(-5), endsAt: daysFromNow(5), actions: ['propose'] },
        { kind: 'supports', startsAt: daysFromNow(5), endsAt: daysFromNow(9), actions: ['support'] },
      ],
    });
    const idea = await propose(ana, closed, 'Wait for supports');
    expectProblem(
      await t.http().put(`/api/ideas/${idea.id}/support`).set(ben.auth),
      409,
      'supporting_closed',
    );
  });
});

describe('listing ideas', () => {
  it('pages most supported first, then newest, without repeating an idea', async () => {
    const listed = await openProcess(t, organiser.auth, organisation.slug);
    const ids = await seedIdeas(listed, ana, 5);
    await t.sql('UPDATE ideas SET supports_count = 10 WHERE id = $1', [ids[3]]);
    await t.sql('UPDATE ideas SET supports_count = 5 WHERE id = $1', [ids[1]]);
    const first = await t
      .http()
      .get(`/api/processes/${listed}/ideas`)
      .query({ sort: 'most_supported', limit: 2 })
      .expect(200);
    const firstPage = first.body as IdeaPage;
    expect(firstPage.items.map((item) => item.id)).toEqual([ids[3], ids[1]]);
    const rest = await t
      .http()
      .get(`/api/processes/${listed}/ideas`)
      .query({ sort: 'most_supported', limit: 10, after: firstPage.nextCursor })
      .expect(200);
    const restIds = (rest.body as IdeaPage).items.map((item) => item.id);
    expect(restIds).toHaveLength(3);
    expect(new Set([...restIds, ids[3], ids[1]]).size).toBe(5);
  });

  it('keeps the random order stable from one request to the next', async () => {
    const order = async () =>
      (
        (
          await t
            .http()
            .get(`/api/processes/${processId}/ideas`)
            .query({ sort: 'random', limit: 50 })
            .expect(200)
        ).body as IdeaPage
      ).items.map((item) => item.id);
    expect(await order()).toEqual(await order());
  });

  it('refuses a cursor of another order', async () => {
    const newest = await t.http().get(`/api/processes/${processId}/ideas`).query({ limit: 1 }).expect(200);
    const response = await t
      .http()
      .get(`/api/processes/${processId}/ideas`)
      .query({ sort: 'most_supported', after: (newest.body as IdeaPage).nextCursor });
    expectProblem(response, 400, 'validation_failed');
  });

  it('hides the ideas of someone in a block with the viewer', async () => {
    const idea = await propose(carla, processId, 'Blocked idea');
    await t.sql('INSERT INTO blocks (blocker_id, blocked_id) VALUES ($1, $2)', [ben.id, carla.id]);
    expectProblem(await t.http().get(`/api/ideas/${idea.id}`).set(ben.auth), 404, 'not_found');
    await t.http().get(`/api/ideas/${idea.id}`).set(ana.auth).expect(200);
    await t.sql('DELETE FROM blocks WHERE blocker_id = $1', [ben.id]);
  });
});

describe('hidden and suspended', () => {
  it('shows an idea a moderator hid to its author only, with the reason', async () => {
    const idea = await propose(ana, processId, 'Hidden by a moderator');
    await t.sql(`UPDATE ideas SET hidden_at = now(), hidden_reason = 'spam' WHERE id = $1`, [idea.id]);
    const own = await t.http().get(`/api/ideas/${idea.id}`).set(ana.auth).expect(200);
    expect(own.body).toMatchObject({ moderation: { hidden: true, reason: 'spam' } });
    expectProblem(await t.http().get(`/api/ideas/${idea.id}`).set(ben.auth), 404, 'not_found');
    const list = await t.http().get(`/api/processes/${processId}/ideas`).query({ limit: 100 }).set(ben.auth);
    expect((list.body as IdeaPage).items.map((item) => item.id)).not.toContain(idea.id);
  });

  it('hides the ideas of a suspended account from others until it is restored', async () => {
    const idea = await propose(carla, processId, 'By someone suspended');
    await t.sql('UPDATE users SET suspended_at = now() WHERE id = $1', [carla.id]);
    expectProblem(await t.http().get(`/api/ideas/${idea.id}`).set(ben.auth), 404, 'not_found');
    await t.sql('UPDATE users SET suspended_at = NULL WHERE id = $1', [carla.id]);
    await t.http().get(`/api/ideas/${idea.id}`).set(ben.auth).expect(200);
  });
});

describe('comments', () => {
  it('takes comments and one level of replies while the phase allows', async () => {
    const idea = await propose(ana, processId, 'Discuss me');
    const top = await t
      .http()
      .post(`/api/ideas/${idea.id}/comments`)
      .set(ben.auth)
      .send({ body: 'Where exactly?' })
      .expect(201);
    await t
      .http()
      .post(`/api/ideas/${idea.id}/comments`)
      .set(ana.auth)
      .send({ body: 'Along the river.', parentId: top.body.id })
      .expect(201);
    const reply = await t.sql<{ id: string }>('SELECT id FROM idea_comments WHERE parent_id = $1', [
      top.body.id,
    ]);
    expectProblem(
      await t
        .http()
        .post(`/api/ideas/${idea.id}/comments`)
        .set(ben.auth)
        .send({ body: 'Deeper', parentId: reply[0]?.id }),
      400,
      'validation_failed',
    );
    const page = await t.http().get(`/api/ideas/${idea.id}/comments`).set(carla.auth).expect(200);
    expect((page.body as IdeaCommentPage).items).toEqual([
      expect.objectContaining({
        body: 'Where exactly?',
        replies: [expect.objectContaining({ body: 'Along the river.' })],
      }),
    ]);
  });

  it('refuses comments when no phase takes them', async () => {
    const quiet = await openProcess(t, organiser.auth, organisation.slug, {
      phases: openPhases(['propose', 'support']),
    });
    const idea = await propose(ana, quiet, 'No comments here');
    expectProblem(
      await t.http().post(`/api/ideas/${idea.id}/comments`).set(ben.auth).send({ body: 'Hello' }),
      409,
      'commenting_closed',
    );
  });

  it('lets members report a comment through the moderation reports', async () => {
    const idea = await propose(ana, processId, 'Report target');
    const comment = await t
      .http()
      .post(`/api/ideas/${idea.id}/comments`)
      .set(ben.auth)
      .send({ body: 'Rude words' })
      .expect(201);
    await t
      .http()
      .post('/api/reports')
      .set(carla.auth)
      .send({ objectType: 'idea_comment', objectId: comment.body.id, reason: 'harassment' })
      .expect(201);
  });
});

describe('answers and follow-ups', () => {
  it('keeps a draft answer from others and tells the author once it is published', async () => {
    const idea = await propose(ana, processId, 'Answer me');
    expectProblem(
      await t.http().put(`/api/ideas/${idea.id}/answer`).set(ben.auth).send({ state: 'accepted' }),
      403,
      'forbidden',
    );
    const draft = await t
      .http()
      .put(`/api/ideas/${idea.id}/answer`)
      .set(organiser.auth)
      .send({ state: 'accepted', text: 'We will build it.' })
      .expect(200);
    expect(draft.body).toMatchObject({ answer: null, answerDraft: { state: 'accepted' } });
    const seenByAuthor = await t.http().get(`/api/ideas/${idea.id}`).set(ana.auth).expect(200);
    expect(seenByAuthor.body).toMatchObject({ answer: null, answerDraft: null, answerState: null });

    await t
      .http()
      .put(`/api/ideas/${idea.id}/answer`)
      .set(organiser.auth)
      .send({ state: 'accepted', text: 'We will build it.', publish: true })
      .expect(200);
    const published = await t.http().get(`/api/ideas/${idea.id}`).set(ana.auth).expect(200);
    expect(published.body).toMatchObject({
      answerState: 'accepted',
      answer: { state: 'accepted', text: 'We will build it.' },
      canEdit: false,
    });
    await jobsSettled(t);
    const notifications = await t.http().get('/api/notifications').set(ana.auth).expect(200);
    expect(notifications.body.items as Notification[]).toContainEqual(
      expect.objectContaining({
        kind: 'idea_answered',
        subject: expect.objectContaining({ type: 'idea', path: `/ideas/${idea.id}` }),
      }),
    );
  });

  it('refuses an answer state the process does not have', async () => {
    const idea = await propose(ana, processId, 'Odd state');
    expectProblem(
      await t.http().put(`/api/ideas/${idea.id}/answer`).set(organiser.auth).send({ state: 'maybe_later' }),
      400,
      'validation_failed',
    );
  });

  it('takes follow-up updates on accepted ideas only', async () => {
    const idea = await propose(ana, processId, 'Follow me up');
    expectProblem(
      await t.http().post(`/api/ideas/${idea.id}/updates`).set(organiser.auth).send({ body: 'Started' }),
      409,
      'idea_not_accepted',
    );
    await t
      .http()
      .put(`/api/ideas/${idea.id}/answer`)
      .set(organiser.auth)
      .send({ state: 'accepted', publish: true })
      .expect(200);
    expectProblem(
      await t.http().post(`/api/ideas/${idea.id}/updates`).set(ana.auth).send({ body: 'Mine' }),
      403,
      'forbidden',
    );
    const updated = await t
      .http()
      .post(`/api/ideas/${idea.id}/updates`)
      .set(organiser.auth)
      .send({ body: 'Construction **started**.' })
      .expect(201);
    expect((updated.body as Idea).updates).toEqual([
      expect.objectContaining({
        body: 'Construction **started**.',
        bodyHtml: expect.stringContaining('<strong>'),
      }),
    ]);
  });
});

describe('results export', () => {
  it('exports counts and states as CSV and JSON without personal data', async () => {
    const exported = await openProcess(t, organiser.auth, organisation.slug, { supportThreshold: 1 });
    const idea = await propose(ana, exported, '=Formula, "quoted" idea');
    await t.http().put(`/api/ideas/${idea.id}/support`).set(ben.auth).expect(200);
    await t
      .http()
      .put(`/api/ideas/${idea.id}/answer`)
      .set(organiser.auth)
      .send({ state: 'accepted', publish: true })
      .expect(200);

    const csv = await t.http().get(`/api/processes/${exported}/results.csv`).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const records: Record<string, string>[] = parse(csv.text, { columns: true });
    expect(records).toEqual([
      {
        id: idea.id,
        title: `'=Formula, "quoted" idea`,
        topics: 'climate-and-environment',
        city: '',
        country: '',
        supports: '1',
        comments: '0',
        successful: 'true',
        answer_state: 'accepted',
        created_at: idea.createdAt,
      },
    ]);
    const json = await t.http().get(`/api/processes/${exported}/results.json`).expect(200);
    expect((json.body as IdeaResults).ideas).toEqual([
      expect.objectContaining({ id: idea.id, supportsCount: 1, answerState: 'accepted', successful: true }),
    ]);
    for (const text of [csv.text, JSON.stringify(json.body)]) {
      expect(text).not.toContain(ana.id);
      expect(text).not.toContain(ana.handle);
      expect(text).not.toContain('Ana Alves');
      expect(text).not.toContain(ben.id);
    }
  });
});
