import type { Process, ProcessPage } from '@open-spaces/contracts';
import { addMember, createOrganisation, handleOf, type TestOrganisation } from '../factories/organisations';
import { daysFromNow, newProcessInput, openProcess } from '../factories/processes';
import { MANY_SIGN_INS, type Person } from '../factories/profiles';
import { bearer, login, registerVerifiedUser } from '../factories/users';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';

let t: TestApp;
let owner: Person;
let admin: Person;
let editor: Person;
let member: Person;
let stranger: Person;
let organisation: TestOrganisation;
let hiddenOrganisation: TestOrganisation;

async function verifiedPerson(name: string): Promise<Person> {
  const user = await registerVerifiedUser(t, { displayName: name });
  const { accessToken } = await login(t, user);
  return { ...user, accessToken, auth: bearer(accessToken), handle: await handleOf(t, user) };
}

beforeAll(async () => {
  t = await startTestApp(MANY_SIGN_INS);
  owner = await verifiedPerson('Olga Owner');
  admin = await verifiedPerson('Ada Admin');
  editor = await verifiedPerson('Ed Editor');
  member = await verifiedPerson('Mia Member');
  stranger = await verifiedPerson('Sam Stranger');
  organisation = await createOrganisation(t, owner.accessToken, { name: 'Green Town Forum' });
  await addMember(t, organisation, admin, 'admin');
  await addMember(t, organisation, editor, 'editor');
  await addMember(t, organisation, member, 'member');
  hiddenOrganisation = await createOrganisation(t, owner.accessToken, { name: 'Quiet Circle' });
  await t.sql(`UPDATE organisations SET visibility = 'hidden' WHERE id = $1`, [hiddenOrganisation.id]);
});

afterAll(async () => {
  await t.close();
});

describe('opening a process', () => {
  it('lets an admin open a process whose status and phases follow the dates', async () => {
    const response = await t
      .http()
      .post('/api/processes')
      .set(admin.auth)
      .send(newProcessInput(organisation.slug))
      .expect(201);
    const process = response.body as Process;
    expect(process).toMatchObject({
      status: 'active',
      organisation: { slug: organisation.slug, name: 'Green Town Forum' },
      canOrganise: true,
      windows: { propose: { open: true, opensAt: null } },
    });
    expect(process.descriptionHtml).toContain('<strong>ideas</strong>');
    expect(process.phases.map((phase) => [phase.kind, phase.current])).toEqual([
      ['information', false],
      ['ideas', true],
      ['evaluation', false],
    ]);
    expect(process.answerStates).toEqual(['evaluating', 'accepted', 'rejected']);
  });

  it('refuses editors and members, who do not run processes', async () => {
    for (const person of [editor, member]) {
      const response = await t
        .http()
        .post('/api/processes')
        .set(person.auth)
        .send(newProcessInput(organisation.slug));
      expectProblem(response, 403, 'forbidden');
    }
  });

  it('refuses phases that overlap, naming the field', async () => {
    const response = await t
      .http()
      .post('/api/processes')
      .set(owner.auth)
      .send(
        newProcessInput(organisation.slug, {
          phases: [
            { kind: 'ideas', startsAt: daysFromNow(1), endsAt: daysFromNow(5), actions: ['propose'] },
            { kind: 'supports', startsAt: daysFromNow(4), endsAt: daysFromNow(8), actions: ['support'] },
          ],
        }),
      );
    expectProblem(response, 400, 'validation_failed');
    expect(response.body.errors).toEqual([
      expect.objectContaining({ field: 'phases.1.startsAt', code: 'overlaps' }),
    ]);
  });

  it('says when proposing opens in an upcoming process', async () => {
    const startsAt = daysFromNow(3);
    const id = await openProcess(t, owner.auth, organisation.slug, {
      phases: [{ kind: 'ideas', startsAt, endsAt: daysFromNow(9), actions: ['propose'] }],
    });
    const response = await t.http().get(`/api/processes/${id}`).set(member.auth).expect(200);
    expect(response.body).toMatchObject({
      status: 'upcoming',
      canOrganise: false,
      windows: { propose: { open: false, opensAt: startsAt }, support: { open: false, opensAt: null } },
    });
  });
});

describe('seeing and changing processes', () => {
  it('shows a process of a hidden organisation to its members only', async () => {
    const id = await openProcess(t, owner.auth, hiddenOrganisation.slug, { title: 'Quiet consultation' });
    await t.http().get(`/api/processes/${id}`).set(owner.auth).expect(200);
    expectProblem(await t.http().get(`/api/processes/${id}`).set(stranger.auth), 404, 'not_found');
    expectProblem(await t.http().get(`/api/processes/${id}`), 404, 'not_found');
    const list = await t.http().get('/api/processes').set(stranger.auth).query({ limit: 100 }).expect(200);
    expect((list.body as ProcessPage).items.map((item) => item.id)).not.toContain(id);
  });

  it('lets organisers change a process and refuses members', async () => {
    const id = await openProcess(t, owner.auth, organisation.slug);
    expectProblem(
      await t.http().patch(`/api/processes/${id}`).set(member.auth).send({ title: 'Taken over' }),
      403,
      'forbidden',
    );
    const response = await t
      .http()
      .patch(`/api/processes/${id}`)
      .set(admin.auth)
      .send({ title: 'Climate fund, second round', answerStates: ['merged'] })
      .expect(200);
    expect(response.body).toMatchObject({
      title: 'Climate fund, second round',
      answerStates: ['evaluating', 'accepted', 'rejected', 'merged'],
    });
  });

  it('answers 404 for an id that is not a uuid', async () => {
    expectProblem(await t.http().get('/api/processes/not-an-id'), 404, 'not_found');
  });

  it('pages through the list newest first and filters by status', async () => {
    const ids = [];
    for (let index = 0; index < 3; index += 1) {
      ids.push(await openProcess(t, owner.auth, organisation.slug, { title: `Paged process ${index}` }));
    }
    const first = await t
      .http()
      .get('/api/processes')
      .query({ limit: 2, organisation: organisation.slug, status: 'active' })
      .expect(200);
    const firstPage = first.body as ProcessPage;
    expect(firstPage.items.map((item) => item.id)).toEqual([ids[2], ids[1]]);
    const second = await t
      .http()
      .get('/api/processes')
      .query({ limit: 2, organisation: organisation.slug, status: 'active', after: firstPage.nextCursor })
      .expect(200);
    expect((second.body as ProcessPage).items[0]?.id).toBe(ids[0]);
    const upcoming = await t
      .http()
      .get('/api/processes')
      .query({ organisation: organisation.slug, status: 'upcoming', limit: 100 })
      .expect(200);
    expect((upcoming.body as ProcessPage).items.every((item) => item.status === 'upcoming')).toBe(true);
  });
});
