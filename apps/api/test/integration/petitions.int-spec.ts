import type { AddressInfo } from 'node:net';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { PetitionsService } from '../../src/modules/petitions/petitions.service';
import { addMember, createOrganisation } from '../factories/organisations';
import { type Someone, someone } from '../factories/people';
import { newPetitionInput, startPetition } from '../factories/petitions';
import { login, mailsTo, registerUser } from '../factories/users';
import { collect, connected, liveClient, watch } from '../setup/live-client';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';
import { waitFor } from '../setup/wait-for';

let t: TestApp;
let author: Someone;
let member: Someone;
let ipCounter = 0;

beforeAll(async () => {
  t = await startTestApp({
    LOGIN_LIMIT_PER_IP: '10000',
    TRUST_PROXY: 'true',
    PETITION_SIGN_LIMIT_PER_IP: '40',
  });
  author = await someone(t, 'Paula Petitioner');
  member = await someone(t, 'Marek Member');
});
afterAll(() => t.close());

/** A client address of its own for each test, so the per-address limit is each test's. */
const freshIp = () => `203.0.113.${++ipCounter}`;

const get = (id: string, who?: Someone) => {
  const request = t.http().get(`/api/petitions/${id}`);
  return who ? request.set(who.auth) : request;
};
const signAsMember = (who: Someone, id: string, consent = { showName: true, shareContact: false }) =>
  t.http().put(`/api/petitions/${id}/signature`).set(who.auth).send(consent);
const signAsVisitor = (id: string, body: Record<string, unknown>, ip: string) =>
  t
    .http()
    .post(`/api/petitions/${id}/signatures`)
    .set('x-forwarded-for', ip)
    .send({
      name: 'Vera Visitor',
      email: 'vera@example.org',
      country: 'DE',
      showName: true,
      shareContact: false,
      ...body,
    });
const rows = async (id: string) =>
  t.sql<{ status: string; email_norm: string; user_id: string | null }>(
    'SELECT status, email_norm, user_id FROM petition_signatures WHERE petition_id = $1',
    [id],
  );
const storedCount = async (id: string) =>
  (await t.sql<{ signature_count: number }>('SELECT signature_count FROM petitions WHERE id = $1', [id]))[0]
    ?.signature_count;

/** The token of the newest confirmation link mailed to this address. */
async function confirmationToken(email: string): Promise<string> {
  await waitFor(async () =>
    (await mailsTo(t, email)).some((mail) => mail.links.some((l) => l.includes('/petitions/confirm'))),
  );
  for (const mail of await mailsTo(t, email)) {
    for (const link of mail.links) {
      const url = new URL(link);
      const token = url.searchParams.get('token');
      if (url.pathname === '/petitions/confirm' && token) return token;
    }
  }
  throw new Error(`no confirmation link was mailed to ${email}`);
}

describe('writing and opening a petition', () => {
  it('creates a draft that only its author sees, then opens it for everyone', async () => {
    const created = await t
      .http()
      .post('/api/petitions')
      .set(author.auth)
      .send(newPetitionInput())
      .expect(201);
    expect(created.body).toMatchObject({
      state: 'draft',
      signatureCount: 0,
      goal: 100,
      canManage: true,
      successful: null,
      textHtml: expect.stringContaining('<strong>three</strong>'),
      author: { person: { handle: author.handle } },
    });
    const { id } = created.body;
    expectProblem(await get(id), 404, 'not_found');
    expectProblem(await get(id, member), 404, 'not_found');
    const list = await t.http().get('/api/petitions').query({ limit: 100 }).expect(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).not.toContain(id);
    const mine = await t.http().get('/api/petitions').set(author.auth).query({ mine: 'true' }).expect(200);
    expect(mine.body.items.map((item: { id: string }) => item.id)).toContain(id);

    const opened = await t.http().post(`/api/petitions/${id}/open`).set(author.auth).expect(200);
    expect(opened.body).toMatchObject({ state: 'open', openedAt: expect.any(String) });
    expect((await get(id).expect(200)).body).toMatchObject({ state: 'open', canManage: false });
  });

  it('refuses bad input with the field named, and unknown topics', async () => {
    const bad = await t
      .http()
      .post('/api/petitions')
      .set(author.auth)
      .send(newPetitionInput({ goal: 0 }));
    expect(expectProblem(bad, 400, 'validation_failed').errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'goal' })]),
    );
    const topic = await t
      .http()
      .post('/api/petitions')
      .set(author.auth)
      .send(newPetitionInput({ topics: ['no-such-topic'] }));
    expectProblem(topic, 400, 'unknown_taxonomy_value');
    expectProblem(await t.http().post('/api/petitions').send(newPetitionInput()), 401, 'unauthenticated');
  });

  it('lets an organisation’s editors start petitions for it and refuses its plain members', async () => {
    const owner = await someone(t, 'Olga Owner');
    const organisation = await createOrganisation(t, (owner.auth.Authorization ?? '').replace('Bearer ', ''));
    const editor = await someone(t, 'Eddie Editor');
    const plain = await someone(t, 'Mo Member');
    await addMember(t, organisation, editor, 'editor');
    await addMember(t, organisation, plain, 'member');
    const asOrganisation = newPetitionInput({ organisation: organisation.slug });
    const made = await t.http().post('/api/petitions').set(editor.auth).send(asOrganisation).expect(201);
    expect(made.body.author.organisation).toMatchObject({ slug: organisation.slug });
    // The organisation's other editors and owners manage it too, its plain members do not.
    expect((await get(made.body.id, owner).expect(200)).body.canManage).toBe(true);
    expectProblem(await get(made.body.id, plain), 404, 'not_found');
    expectProblem(
      await t.http().post('/api/petitions').set(plain.auth).send(asOrganisation),
      403,
      'forbidden',
    );
  });

  it('refuses moves from the wrong state with clear codes, and others’ moves with 403', async () => {
    const { id } = await startPetition(t, author.auth, {}, true);
    expectProblem(await signAsMember(author, id), 409, 'petition_not_open');
    expectProblem(
      await t.http().post(`/api/petitions/${id}/close`).set(author.auth),
      409,
      'petition_not_open',
    );
    expectProblem(
      await t.http().post(`/api/petitions/${id}/response`).set(author.auth).send({ response: 'We agree.' }),
      409,
      'petition_not_closed',
    );
    await t.http().post(`/api/petitions/${id}/open`).set(author.auth).expect(200);
    expectProblem(
      await t.http().post(`/api/petitions/${id}/open`).set(author.auth),
      409,
      'petition_not_draft',
    );
    expectProblem(
      await t.http().patch(`/api/petitions/${id}`).set(author.auth).send({ title: 'A changed title' }),
      409,
      'petition_not_draft',
    );
    expectProblem(await t.http().post(`/api/petitions/${id}/close`).set(member.auth), 403, 'forbidden');
    expectProblem(
      await t.http().patch(`/api/petitions/${id}`).set(member.auth).send({ title: 'Not my petition' }),
      403,
      'forbidden',
    );
    expectProblem(
      await t.http().post(`/api/petitions/${id}/response`).set(member.auth).send({ response: 'Not mine.' }),
      403,
      'forbidden',
    );
    const deadline = new Date(Date.now() - 60_000).toISOString();
    const late = await startPetition(t, author.auth, {}, true);
    await t.http().patch(`/api/petitions/${late.id}`).set(author.auth).send({ deadline }).expect(200);
    expectProblem(
      await t.http().post(`/api/petitions/${late.id}/open`).set(author.auth),
      409,
      'deadline_passed',
    );
  });

  it('closes at the author’s word and delivers the response; success comes from the count at closing', async () => {
    const { id } = await startPetition(t, author.auth, { goal: 1 });
    await signAsMember(member, id).expect(200);
    const closed = await t.http().post(`/api/petitions/${id}/close`).set(author.auth).expect(200);
    expect(closed.body).toMatchObject({ state: 'closed', successful: true, signatureCount: 1 });
    expectProblem(await signAsMember(author, id), 409, 'petition_not_open');
    const delivered = await t
      .http()
      .post(`/api/petitions/${id}/response`)
      .set(author.auth)
      .send({ response: 'The council **agrees** to keep them open.' })
      .expect(200);
    expect(delivered.body).toMatchObject({
      state: 'delivered',
      responseHtml: expect.stringContaining('<strong>agrees</strong>'),
      deliveredAt: expect.any(String),
    });
    expect(await t.app.get(PetitionsService).figures(id, undefined)).toMatchObject({
      state: 'delivered',
      successful: true,
      signatureCount: 1,
      goal: 1,
      summary: 'The city plans to close three community centres.',
      response: 'The council **agrees** to keep them open.',
    });
  });

  it('closes petitions at their deadline by the job, unsuccessful below the goal', async () => {
    const { id } = await startPetition(t, author.auth, { goal: 5 });
    await signAsMember(member, id).expect(200);
    await t.sql(`UPDATE petitions SET deadline = now() - interval '1 minute' WHERE id = $1`, [id]);
    expectProblem(await signAsMember(author, id), 409, 'petition_not_open');
    expect(await t.app.get(PetitionsService).closeDue(new Date())).toBeGreaterThanOrEqual(1);
    expect((await get(id).expect(200)).body).toMatchObject({
      state: 'closed',
      successful: false,
      signatureCount: 1,
    });
  });
});

describe('signing as a member', () => {
  it('counts one signature for 30 parallel signs of one person', async () => {
    const { id } = await startPetition(t, author.auth);
    const answers = await Promise.all(Array.from({ length: 30 }, () => signAsMember(member, id)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(30).fill(200));
    expect(await rows(id)).toHaveLength(1);
    expect(await storedCount(id)).toBe(1);
    expect((await get(id, member).expect(200)).body).toMatchObject({
      signatureCount: 1,
      mySignature: { showName: true, shareContact: false },
    });
  });

  it('keeps the count exact when many people sign at once', async () => {
    const { id } = await startPetition(t, author.auth);
    const signers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => someone(t, `Parallel Signer ${i}`)),
    );
    await Promise.all(signers.flatMap((signer) => [signAsMember(signer, id), signAsMember(signer, id)]));
    expect(await rows(id)).toHaveLength(8);
    expect(await storedCount(id)).toBe(8);
  });

  it('refuses an account whose address is not confirmed', async () => {
    const { id } = await startPetition(t, author.auth);
    const unverified = await registerUser(t);
    const { accessToken } = await login(t, unverified);
    const response = await t
      .http()
      .put(`/api/petitions/${id}/signature`)
      .set({ authorization: `Bearer ${accessToken}` })
      .send({});
    expectProblem(response, 403, 'email_not_verified');
  });
});

describe('signing as a visitor', () => {
  it('counts a visitor only once the mailed link confirms, and says so on a second use', async () => {
    const { id } = await startPetition(t, author.auth);
    const email = 'ines.visitor@example.org';
    await signAsVisitor(id, { email, name: 'Inês Visitor' }, freshIp()).expect(202, { status: 'accepted' });
    expect(await storedCount(id)).toBe(0);
    const [pending] = await t.sql<{ token_hash: string }>(
      'SELECT token_hash FROM petition_signatures WHERE petition_id = $1',
      [id],
    );
    const token = await confirmationToken(email);
    // Only a hash of the token is stored.
    expect(pending?.token_hash).not.toContain(token);
    const confirmed = await t.http().post('/api/petitions/signatures/confirm').send({ token }).expect(200);
    expect(confirmed.body).toEqual({ status: 'confirmed', petitionId: id, title: newPetitionInput().title });
    expect(await storedCount(id)).toBe(1);
    const again = await t.http().post('/api/petitions/signatures/confirm').send({ token }).expect(200);
    expect(again.body.status).toBe('already_confirmed');
    expect(await storedCount(id)).toBe(1);
    expectProblem(
      await t.http().post('/api/petitions/signatures/confirm').send({ token: 'not-a-token-at-all' }),
      400,
      'invalid_token',
    );
  });

  it('refuses an expired link and the purge job removes the pending signature', async () => {
    const { id } = await startPetition(t, author.auth);
    const email = 'late.visitor@example.org';
    await signAsVisitor(id, { email }, freshIp()).expect(202);
    const token = await confirmationToken(email);
    await t.sql(
      `UPDATE petition_signatures SET token_expires_at = now() - interval '1 minute' WHERE petition_id = $1`,
      [id],
    );
    expectProblem(
      await t.http().post('/api/petitions/signatures/confirm').send({ token }),
      410,
      'token_expired',
    );
    expect(await t.app.get(PetitionsService).purgeUnconfirmed(new Date())).toBeGreaterThanOrEqual(1);
    expect(await rows(id)).toEqual([]);
    expect(await storedCount(id)).toBe(0);
  });

  it('keeps one signature for 30 parallel signs of one address', async () => {
    const { id } = await startPetition(t, author.auth);
    const ip = freshIp();
    const email = 'Many.Times@Example.org';
    const answers = await Promise.all(Array.from({ length: 30 }, () => signAsVisitor(id, { email }, ip)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(30).fill(202));
    expect(await rows(id)).toEqual([
      { status: 'pending', email_norm: 'many.times@example.org', user_id: null },
    ]);
    // A few links at most: the mails per address and hour are limited. Mails are written
    // with the signature, so the outbox is complete when the answers are in.
    expect((await mailsTo(t, 'Many.Times@Example.org')).length).toBeLessThanOrEqual(3);
    // Each mail renews the link, so only the one whose renewal committed last still works.
    await confirmationToken(email);
    const tokens = (await mailsTo(t, email)).flatMap((mail) =>
      mail.links.flatMap((link) => new URL(link).searchParams.get('token') ?? []),
    );
    const statuses: number[] = [];
    for (const token of tokens)
      statuses.push((await t.http().post('/api/petitions/signatures/confirm').send({ token })).status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(await storedCount(id)).toBe(1);
  });

  it('lets a member and a visitor with the same address count once', async () => {
    const { id } = await startPetition(t, author.auth);
    // The visitor's pending signature of the member's address is taken over by the member.
    await signAsVisitor(id, { email: member.email.toUpperCase() }, freshIp()).expect(202);
    await signAsMember(member, id).expect(200);
    expect(await rows(id)).toEqual([
      { status: 'confirmed', email_norm: member.email.toLowerCase(), user_id: member.id },
    ]);
    // And a visitor signing with the address of a member who signed adds nothing.
    await signAsVisitor(id, { email: member.email }, freshIp()).expect(202);
    expect(await rows(id)).toHaveLength(1);
    expect(await storedCount(id)).toBe(1);
  });

  it('answers a filled honeypot like any signature, and counts nothing', async () => {
    const { id } = await startPetition(t, author.auth);
    const email = 'robot@example.org';
    await signAsVisitor(id, { email, website: 'https://spam.example' }, freshIp()).expect(202, {
      status: 'accepted',
    });
    expect(await rows(id)).toEqual([]);
    expect(await mailsTo(t, email)).toEqual([]);
  });

  it('limits visitors’ signatures per client address', async () => {
    const { id } = await startPetition(t, author.auth);
    const ip = freshIp();
    for (let i = 0; i < 40; i++) await signAsVisitor(id, { email: `limit${i}@example.org` }, ip).expect(202);
    const refused = await signAsVisitor(id, { email: 'one-too-many@example.org' }, ip);
    expectProblem(refused, 429, 'rate_limited');
    expect(refused.headers['retry-after']).toBeDefined();
    await signAsVisitor(id, { email: 'elsewhere@example.org' }, freshIp()).expect(202);
  });

  it('refuses bad input by field, and signatures on a draft', async () => {
    const { id } = await startPetition(t, author.auth);
    const bad = await signAsVisitor(id, { email: 'not-an-address', country: 'XX1' }, freshIp());
    expect(
      expectProblem(bad, 400, 'validation_failed')
        .errors?.map((error) => error.field)
        .sort(),
    ).toEqual(['country', 'email']);
    const draft = await startPetition(t, author.auth, {}, true);
    expectProblem(await signAsVisitor(draft.id, {}, freshIp()), 404, 'not_found');
  });
});

describe('milestones', () => {
  it('notifies the author at 25, 50 and 100% of the goal, each once, under concurrent signing', async () => {
    const { id } = await startPetition(t, author.auth, { goal: 4 });
    const signers = await Promise.all(
      Array.from({ length: 6 }, (_, i) => someone(t, `Milestone Signer ${i}`)),
    );
    await Promise.all(signers.flatMap((signer) => [signAsMember(signer, id), signAsMember(signer, id)]));
    const notified = await t.sql<{ percent: number; user_id: string }>(
      `SELECT (details->>'percent')::int AS percent, user_id FROM notifications
        WHERE kind = 'petition_milestone' AND subject_id = $1 ORDER BY 1`,
      [id],
    );
    expect(notified).toEqual([25, 50, 100].map((percent) => ({ percent, user_id: author.id })));
    await waitFor(
      async () => (await mailsTo(t, author.email)).some((mail) => mail.subject.includes('reached its goal')),
      'the mail about the goal',
      15_000,
    );
  });
});

describe('who signed', () => {
  it('lists only the names signers chose to show, newest first, a page at a time', async () => {
    const { id } = await startPetition(t, author.auth);
    const [ana, ben, cai] = await Promise.all(
      ['Ana Shown', 'Ben Hidden', 'Cai Shown'].map((name) => someone(t, name)),
    );
    await signAsMember(ana as Someone, id, { showName: true, shareContact: false }).expect(200);
    await signAsMember(ben as Someone, id, { showName: false, shareContact: true }).expect(200);
    await signAsMember(cai as Someone, id, { showName: true, shareContact: true }).expect(200);
    const first = await t.http().get(`/api/petitions/${id}/signatures`).query({ limit: 1 }).expect(200);
    expect(first.body.items.map((item: { name: string }) => item.name)).toEqual(['Cai Shown']);
    const second = await t
      .http()
      .get(`/api/petitions/${id}/signatures`)
      .query({ limit: 1, after: first.body.nextCursor })
      .expect(200);
    expect(second.body).toEqual({
      items: [{ name: 'Ana Shown', signedAt: expect.any(String) }],
      nextCursor: null,
    });
  });

  it('exports to the author only what each signer agreed to share', async () => {
    const { id } = await startPetition(t, author.auth);
    const [shown, shared] = await Promise.all(
      ['Sam Shown', '=Sharon, "Shared"'].map((name) => someone(t, name)),
    );
    await signAsMember(shown as Someone, id, { showName: true, shareContact: false }).expect(200);
    await signAsMember(shared as Someone, id, { showName: false, shareContact: true }).expect(200);
    await signAsVisitor(
      id,
      { email: 'quiet@example.org', name: 'Quinn Quiet', showName: false },
      freshIp(),
    ).expect(202);
    await t
      .http()
      .post('/api/petitions/signatures/confirm')
      .send({ token: await confirmationToken('quiet@example.org') })
      .expect(200);

    expectProblem(
      await t.http().get(`/api/petitions/${id}/signatures.csv`).set(member.auth),
      403,
      'forbidden',
    );
    expectProblem(await t.http().get(`/api/petitions/${id}/signatures.csv`), 401, 'unauthenticated');
    const response = await t.http().get(`/api/petitions/${id}/signatures.csv`).set(author.auth).expect(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const records: Record<string, string>[] = parseCsv(response.text, { columns: true });
    expect(records.map(({ signed_at, ...rest }) => ({ signed: Boolean(signed_at), ...rest }))).toEqual([
      { signed: true, name: 'Sam Shown', email: '', country: '' },
      {
        signed: true,
        name: `'=Sharon, "Shared"`,
        email: (shared as Someone).email.toLowerCase(),
        country: expect.any(String),
      },
      { signed: true, name: '', email: '', country: '' },
    ]);
    expect(response.text).not.toContain('quiet@example.org');
    expect(response.text).not.toContain((shown as Someone).email.toLowerCase());
  });
});

describe('visibility', () => {
  it('hides petitions between a blocked pair, and their signing', async () => {
    const blocker = await someone(t, 'Blocking Bea');
    const { id } = await startPetition(t, blocker.auth);
    await t.http().post('/api/blocks').set(blocker.auth).send({ handle: member.handle }).expect(204);
    expectProblem(await get(id, member), 404, 'not_found');
    expectProblem(await signAsMember(member, id), 404, 'not_found');
    const list = await t.http().get('/api/petitions').set(member.auth).query({ limit: 100 }).expect(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).not.toContain(id);
    await get(id).expect(200);
  });

  it('hides the petitions of a hidden profile and of a suspended account from everyone but the author', async () => {
    const hidden = await someone(t, 'Hidden Hanna');
    const { id } = await startPetition(t, hidden.auth);
    await t.http().patch('/api/me/profile').set(hidden.auth).send({ visibility: 'hidden' }).expect(200);
    expectProblem(await get(id, member), 404, 'not_found');
    await get(id, hidden).expect(200);

    const suspended = await someone(t, 'Suspended Sven');
    const other = await startPetition(t, suspended.auth);
    await get(other.id).expect(200);
    await t.sql('UPDATE users SET suspended_at = now() WHERE id = $1', [suspended.id]);
    expectProblem(await get(other.id), 404, 'not_found');
  });

  it('is reportable, and a hidden petition shows only to its author', async () => {
    const { id } = await startPetition(t, author.auth, { title: 'A petition to report' });
    await t
      .http()
      .post('/api/reports')
      .set(member.auth)
      .send({ objectType: 'petition', objectId: id, reason: 'spam' })
      .expect(201);
    await t.sql(`UPDATE petitions SET hidden_at = now(), hidden_reason = 'spam' WHERE id = $1`, [id]);
    expectProblem(await get(id, member), 404, 'not_found');
    expect((await get(id, author).expect(200)).body.moderation).toEqual({ hidden: true, reason: 'spam' });
  });

  it('filters the list by topic, country and state', async () => {
    const { id } = await startPetition(t, author.auth, { topics: ['media-freedom'], countries: ['HU'] });
    const found = await t
      .http()
      .get('/api/petitions')
      .query({ topic: 'media-freedom', country: 'HU', state: 'open' })
      .expect(200);
    expect(found.body.items.map((item: { id: string }) => item.id)).toEqual([id]);
    const none = await t
      .http()
      .get('/api/petitions')
      .query({ topic: 'media-freedom', state: 'closed' })
      .expect(200);
    expect(none.body.items).toEqual([]);
    expectProblem(await t.http().get('/api/petitions').query({ state: 'draft' }), 400, 'validation_failed');
  });
});

describe('open formats', () => {
  it('gives a petition’s deadline as iCalendar', async () => {
    const deadline = '2031-05-01T12:00:00.000Z';
    const { id } = await startPetition(t, author.auth, { deadline });
    const response = await t.http().get(`/api/petitions/${id}.ics`).expect(200);
    expect(response.headers['content-type']).toContain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(response.text));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
    expect(event.summary).toBe(newPetitionInput().title);
    expect(event.startDate.toJSDate().toISOString()).toBe(deadline);
    expect(event.uid).toBe(`petition-${id}@localhost:3000`);
  });

  it('puts the deadlines of open petitions a person signed in their calendar feed', async () => {
    const signer = await someone(t, 'Calendar Signer');
    const { id } = await startPetition(t, author.auth, { title: 'A petition for the calendar' });
    const other = await startPetition(t, author.auth, { title: 'A petition not signed' });
    await signAsMember(signer, id).expect(200);
    const created = await t.http().post('/api/me/calendar-feed').set(signer.auth).expect(201);
    const feed = await t.http().get(new URL(created.body.url).pathname).expect(200);
    const uids = new ICAL.Component(ICAL.parse(feed.text))
      .getAllSubcomponents('vevent')
      .map((event) => event.getFirstPropertyValue('uid'));
    expect(uids).toContain(`petition-${id}@localhost:3000`);
    expect(uids).not.toContain(`petition-${other.id}@localhost:3000`);
  });

  it('lists new petitions in Atom and RSS, without drafts or hidden ones', async () => {
    const { id } = await startPetition(t, author.auth, { title: 'A petition for the feed' });
    const draft = await startPetition(t, author.auth, { title: 'A draft not for the feed' }, true);
    const parser = new XMLParser({ ignoreAttributes: false });
    const atom = parser.parse((await t.http().get('/api/petitions/feed.atom').expect(200)).text);
    const entries: { title: string; id: string }[] = [atom.feed.entry].flat();
    expect(entries.map((entry) => entry.id)).toContain(`http://localhost:3000/petitions/${id}`);
    expect(entries.map((entry) => entry.id)).not.toContain(`http://localhost:3000/petitions/${draft.id}`);
    const rss = parser.parse((await t.http().get('/api/petitions/feed.rss').expect(200)).text);
    expect([rss.rss.channel.item].flat().map((item: { title: string }) => item.title)).toContain(
      'A petition for the feed',
    );
  });
});

describe('the home feed', () => {
  it('shows an opened petition to the author’s followers', async () => {
    const follower = await someone(t, 'Fiona Follower');
    await t
      .http()
      .post('/api/follows')
      .set(follower.auth)
      .send({ type: 'profile', target: author.handle })
      .expect(200);
    const { id } = await startPetition(t, author.auth, { title: 'A petition for followers' });
    const feed = await t.http().get('/api/feed').set(follower.auth).expect(200);
    const item = feed.body.items.find((entry: { object: { id: string } }) => entry.object.id === id);
    expect(item).toMatchObject({
      verb: 'published',
      object: { type: 'petition', title: 'A petition for followers' },
    });
  });
});

describe('the live count', () => {
  it('pushes the new count to pages watching the petition, members’ signatures and confirmed visitors alike', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const origin = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    const { id } = await startPetition(t, author.auth);
    const watcher = liveClient(origin, (author.auth.Authorization ?? '').replace('Bearer ', ''));
    try {
      await connected(watcher);
      const seen = collect(watcher, 'petition:signatures');
      expect(await watch(watcher, { type: 'petition', id })).toEqual({ ok: true });
      await signAsMember(member, id).expect(200);
      await waitFor(async () => seen.length === 1);
      expect(seen[0]).toEqual({ petitionId: id, signatureCount: 1 });
      await signAsVisitor(id, { email: 'live.visitor@example.org' }, freshIp()).expect(202);
      const token = await confirmationToken('live.visitor@example.org');
      await t.http().post('/api/petitions/signatures/confirm').send({ token }).expect(200);
      await waitFor(async () => seen.length === 2);
      expect(seen[1]).toEqual({ petitionId: id, signatureCount: 2 });
      const draft = await startPetition(t, author.auth, {}, true);
      const stranger = liveClient(origin, (member.auth.Authorization ?? '').replace('Bearer ', ''));
      try {
        await connected(stranger);
        expect(await watch(stranger, { type: 'petition', id: draft.id })).toEqual({
          ok: false,
          code: 'not_found',
        });
      } finally {
        stranger.disconnect();
      }
    } finally {
      watcher.disconnect();
    }
  });
});

describe('search', () => {
  const found = async (q: string, who?: Someone) => {
    const request = t.http().get('/api/search').query({ q, type: 'petition' });
    const response = await (who ? request.set(who.auth) : request).expect(200);
    return response.body.items.map((item: { id: string }) => item.id);
  };

  it('finds opened petitions by their words, never drafts, hidden ones or across a block', async () => {
    const { id } = await startPetition(t, author.auth, { title: 'Protect the Danube wetlands' });
    expect(await found('wetlands')).toEqual([id]);
    const result = await t.http().get('/api/search').query({ q: 'danube' }).expect(200);
    expect(result.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'petition', id, slug: id })]),
    );

    const draft = await startPetition(t, author.auth, { title: 'A draft about marshlands' }, true);
    expect(await found('marshlands')).toEqual([]);
    expect(await found('marshlands', author)).toEqual([]);
    await t.http().post(`/api/petitions/${draft.id}/open`).set(author.auth).expect(200);
    expect(await found('marshlands')).toEqual([draft.id]);

    await t.sql(`UPDATE petitions SET hidden_at = now(), hidden_reason = 'spam' WHERE id = $1`, [draft.id]);
    expect(await found('marshlands')).toEqual([]);

    const blocker = await someone(t, 'Search Blocker');
    await t.http().post('/api/blocks').set(blocker.auth).send({ handle: author.handle }).expect(204);
    expect(await found('wetlands', blocker)).toEqual([]);
    expect(await found('wetlands', member)).toEqual([id]);
  });
});
