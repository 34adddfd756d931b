import { addMember, createOrganisation, type TestOrganisation } from '../factories/organisations';
import { type Someone, someone } from '../factories/people';
import { insertPeople, MANY_SIGN_INS } from '../factories/profiles';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';

/**
 * Suggestions through HTTP against a real database. Every test uses its own made-up
 * offers, needs and topics, so people other tests add never match it.
 */
describe('matching', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(MANY_SIGN_INS);
  });
  afterAll(() => t.close());

  async function setProfile(person: { id: string }, profile: Record<string, unknown>): Promise<void> {
    const columns = Object.keys(profile);
    await t.sql(
      `UPDATE profiles SET ${columns.map((column, index) => `${column} = $${index + 2}`).join(', ')}
        WHERE user_id = $1`,
      [person.id, ...columns.map((column) => profile[column])],
    );
  }

  async function personSuggestions(viewer: Someone): Promise<{ handle: string; reasons: unknown[] }[]> {
    const response = await t.http().get('/api/people/suggestions?limit=50').set(viewer.auth).expect(200);
    return response.body.items.map((item: { person: { handle: string }; reasons: unknown[] }) => ({
      handle: item.person.handle,
      reasons: item.reasons,
    }));
  }

  /** The access token of a person made with `someone`. */
  const token = (person: Someone) => person.auth.Authorization?.slice('Bearer '.length) ?? '';
  const handles = (items: { handle: string }[]) => items.map((item) => item.handle);

  describe('GET /api/people/suggestions', () => {
    let viewer: Someone;
    let people: Record<string, { id: string; handle: string }>;

    beforeAll(async () => {
      viewer = await someone(t, 'Seeker Sofia');
      await setProfile(viewer, {
        needs: ['p1-fundraising'],
        offers: ['p1-translation'],
        topics: ['p1-migration'],
        languages: ['fr'],
        country: 'FR',
        city: 'Lyon',
      });
      const base = { visibility: 'public' };
      const matching = { ...base, offers: ['p1-fundraising'] };
      const inserted = await insertPeople(t, [
        {
          displayName: 'Best Match',
          profile: {
            ...base,
            offers: ['p1-fundraising'],
            needs: ['p1-translation'],
            topics: ['p1-migration'],
            languages: ['fr', 'en'],
            country: 'FR',
            city: 'Lyon',
          },
        },
        { displayName: 'Topic Only', profile: { ...base, topics: ['p1-migration'], country: 'BE' } },
        { displayName: 'Members Only', profile: { ...matching, visibility: 'members' } },
        { displayName: 'Hidden Profile', profile: { ...matching, visibility: 'hidden' } },
        { displayName: 'Hidden By Moderator', profile: matching },
        { displayName: 'Suspended', profile: matching },
        { displayName: 'Blocked By Viewer', profile: matching },
        { displayName: 'Blocks Viewer', profile: matching },
        { displayName: 'Followed Already', profile: matching },
        { displayName: 'Nothing In Common', profile: { ...base, offers: ['p1-other'], country: 'FR' } },
      ]);
      people = Object.fromEntries(inserted.map((person) => [person.displayName, person]));
      const id = (name: string) => people[name]?.id;
      await t.sql('UPDATE profiles SET hidden_at = now() WHERE user_id = $1', [id('Hidden By Moderator')]);
      await t.sql('UPDATE users SET suspended_at = now() WHERE id = $1', [id('Suspended')]);
      await t.sql('INSERT INTO blocks (blocker_id, blocked_id) VALUES ($1, $2), ($3, $1)', [
        viewer.id,
        id('Blocked By Viewer'),
        id('Blocks Viewer'),
      ]);
      await t.sql(`INSERT INTO follows (follower_id, target_type, target_id) VALUES ($1, 'profile', $2)`, [
        viewer.id,
        id('Followed Already'),
      ]);
    });

    const handleOf = (name: string) => people[name]?.handle;

    it('ranks the two-way match first and states its reasons, both sides', async () => {
      const items = await personSuggestions(viewer);
      expect(items[0]).toEqual({
        handle: handleOf('Best Match'),
        reasons: [
          { kind: 'they_offer_what_you_need', support: ['p1-fundraising'] },
          { kind: 'you_offer_what_they_need', support: ['p1-translation'] },
          { kind: 'shared_topics', topics: ['p1-migration'] },
          { kind: 'shared_languages', languages: ['fr'] },
          { kind: 'place', scope: 'city', yours: 'FR', theirs: 'FR', city: 'Lyon' },
        ],
      });
    });

    it('suggests people with a single substantive reason, and members-only profiles to members', async () => {
      const items = await personSuggestions(viewer);
      expect(handles(items)).toEqual(
        expect.arrayContaining([handleOf('Topic Only'), handleOf('Members Only')]),
      );
      expect(items.find((item) => item.handle === handleOf('Topic Only'))?.reasons).toEqual([
        { kind: 'shared_topics', topics: ['p1-migration'] },
        { kind: 'place', scope: 'neighbour', yours: 'FR', theirs: 'BE', city: null },
      ]);
    });

    it.each([
      'Hidden Profile',
      'Hidden By Moderator',
      'Suspended',
      'Blocked By Viewer',
      'Blocks Viewer',
      'Followed Already',
      'Nothing In Common',
    ])('leaves out: %s', async (name) => {
      expect(handles(await personSuggestions(viewer))).not.toContain(handleOf(name));
    });

    it('never suggests the viewer themself', async () => {
      await setProfile(viewer, { offers: ['p1-translation', 'p1-fundraising'] });
      expect(handles(await personSuggestions(viewer))).not.toContain(viewer.handle);
      await setProfile(viewer, { offers: ['p1-translation'] });
    });

    it('hides a blocked pair from each other in both directions', async () => {
      const blocker = await someone(t, 'Blocking Bea');
      await setProfile(blocker, { topics: ['p1-migration'] });
      expect(handles(await personSuggestions(viewer))).toContain(blocker.handle);
      await t.http().post('/api/blocks').set(blocker.auth).send({ handle: viewer.handle }).expect(204);
      expect(handles(await personSuggestions(viewer))).not.toContain(blocker.handle);
      expect(handles(await personSuggestions(blocker))).not.toContain(viewer.handle);
    });

    it('keeps the order of equal scores stable across requests', async () => {
      const first = handles(await personSuggestions(viewer));
      const second = handles(await personSuggestions(viewer));
      expect(second).toEqual(first);
    });

    it('explains a match through shared organisations and people the viewer follows', async () => {
      const seeker = await someone(t, 'Network Nora');
      const [colleague, friend, friendOfFriend] = await insertPeople(t, [
        { displayName: 'Colleague', profile: { visibility: 'public' } },
        { displayName: 'Friend', profile: { visibility: 'public' } },
        { displayName: 'Friend Of Friend', profile: { visibility: 'public' } },
      ]);
      if (!colleague || !friend || !friendOfFriend) throw new Error('people not inserted');
      const organisation = await createOrganisation(t, token(seeker), {
        name: 'Asylum Network',
      });
      await addMember(t, organisation, colleague, 'member');
      await t.sql(
        `INSERT INTO follows (follower_id, target_type, target_id)
         VALUES ($1, 'profile', $2), ($2::uuid, 'profile', $3)`,
        [seeker.id, friend.id, friendOfFriend.id],
      );
      const items = await personSuggestions(seeker);
      expect(items.find((item) => item.handle === colleague.handle)?.reasons).toEqual([
        {
          kind: 'shared_organisations',
          organisations: [{ slug: organisation.slug, label: 'Asylum Network' }],
        },
      ]);
      expect(items.find((item) => item.handle === friendOfFriend.handle)?.reasons).toEqual([
        {
          kind: 'followed_by_people_you_follow',
          people: [{ handle: friend.handle, label: 'Friend' }],
          count: 1,
        },
      ]);
      expect(handles(items)).not.toContain(friend.handle);
    });

    it('refuses anonymous visitors', async () => {
      expectProblem(await t.http().get('/api/people/suggestions'), 401, 'unauthenticated');
    });

    it('refuses a limit outside 1 to 50', async () => {
      const response = await t.http().get('/api/people/suggestions?limit=0').set(viewer.auth);
      expectProblem(response, 400, 'validation_failed');
    });
  });

  describe('stored candidate sets', () => {
    let viewer: Someone;

    beforeEach(async () => {
      viewer = await someone(t, 'Returning Rita');
      await setProfile(viewer, { needs: ['c1-legal-aid'], offers: ['c1-design'], country: 'PT' });
    });

    const addPerson = async (displayName: string, offers: string[]) => {
      const [person] = await insertPeople(t, [{ displayName, profile: { visibility: 'public', offers } }]);
      if (!person) throw new Error('no person inserted');
      return person;
    };

    it('scores the stored candidates afresh: one who hides their profile since is left out at once', async () => {
      const lawyer = await addPerson('Lawyer Lena', ['c1-legal-aid']);
      expect(handles(await personSuggestions(viewer))).toEqual([lawyer.handle]);
      await setProfile(lawyer, { visibility: 'hidden' });
      expect(await personSuggestions(viewer)).toEqual([]);
    });

    it('does not search again within the hour, but does an hour later', async () => {
      const first = await addPerson('Early Eva', ['c1-legal-aid']);
      expect(handles(await personSuggestions(viewer))).toEqual([first.handle]);
      const second = await addPerson('Later Lara', ['c1-legal-aid']);
      expect(handles(await personSuggestions(viewer))).toEqual([first.handle]);
      await t.sql(
        `UPDATE person_suggestion_candidates SET computed_at = now() - interval '61 minutes' WHERE user_id = $1`,
        [viewer.id],
      );
      expect(handles(await personSuggestions(viewer)).sort()).toEqual([first.handle, second.handle].sort());
    });

    it('searches again at once when the viewer changes what they need', async () => {
      await addPerson('Lawyer Luis', ['c1-legal-aid']);
      await personSuggestions(viewer);
      const translator = await addPerson('Translator Tomas', ['c1-translation']);
      await setProfile(viewer, { needs: ['c1-translation'] });
      expect(handles(await personSuggestions(viewer))).toEqual([translator.handle]);
    });
  });

  describe('POST /api/people/suggestions/dismissals', () => {
    it('remembers "not relevant" for this viewer only', async () => {
      const [viewer, other] = [await someone(t, 'Dismissing Dan'), await someone(t, 'Other Olga')];
      await setProfile(viewer, { topics: ['p2-housing'] });
      await setProfile(other, { topics: ['p2-housing'] });
      const [candidate] = await insertPeople(t, [
        { displayName: 'Dismissed', profile: { visibility: 'public', topics: ['p2-housing'] } },
      ]);
      if (!candidate) throw new Error('candidate not inserted');
      expect(handles(await personSuggestions(viewer))).toContain(candidate.handle);
      await t
        .http()
        .post('/api/people/suggestions/dismissals')
        .set(viewer.auth)
        .send({ handle: candidate.handle })
        .expect(204);
      await t
        .http()
        .post('/api/people/suggestions/dismissals')
        .set(viewer.auth)
        .send({ handle: candidate.handle })
        .expect(204);
      expect(handles(await personSuggestions(viewer))).not.toContain(candidate.handle);
      expect(handles(await personSuggestions(other))).toContain(candidate.handle);
    });

    it('answers 404 for a handle the viewer may not see, as for a missing one', async () => {
      const viewer = await someone(t, 'Curious Carl');
      const [hidden] = await insertPeople(t, [
        { displayName: 'Hidden Hal', profile: { visibility: 'hidden' } },
      ]);
      for (const handle of [hidden?.handle, 'nobody-at-all']) {
        const response = await t
          .http()
          .post('/api/people/suggestions/dismissals')
          .set(viewer.auth)
          .send({ handle });
        expectProblem(response, 404, 'not_found');
      }
    });

    it('refuses a body without a handle', async () => {
      const viewer = await someone(t, 'Careless Cora');
      const response = await t.http().post('/api/people/suggestions/dismissals').set(viewer.auth).send({});
      expectProblem(response, 400, 'validation_failed');
    });
  });

  describe('organisation suggestions', () => {
    let owner: Someone;
    let organisation: TestOrganisation;
    let others: Record<string, TestOrganisation>;
    let partnerOwner: Someone;

    async function organisationSuggestions(viewer: Someone, slug = organisation.slug) {
      const response = await t
        .http()
        .get(`/api/organisations/${slug}/suggestions`)
        .set(viewer.auth)
        .expect(200);
      return {
        organisations: response.body.organisations.map(
          (item: { organisation: { slug: string }; reasons: unknown[] }) => ({
            slug: item.organisation.slug,
            reasons: item.reasons,
          }),
        ) as { slug: string; reasons: unknown[] }[],
        people: handles(
          response.body.people.map((item: { person: { handle: string } }) => ({
            handle: item.person.handle,
          })),
        ),
      };
    }

    beforeAll(async () => {
      owner = await someone(t, 'Owner Olivia');
      partnerOwner = await someone(t, 'Partner Paul');
      organisation = await createOrganisation(t, token(owner), {
        kind: 'cso',
        country: 'DE',
        name: 'Seeking Org',
      });
      await t.sql(
        `UPDATE organisations SET needs = '{o1-research}', offers = '{o1-campaigning}',
                topics = '{o1-climate}', countries_active = '{PL}' WHERE id = $1`,
        [organisation.id],
      );
      others = {};
      for (const name of ['Partner', 'Hidden', 'Moderated', 'Followed', 'Dismissed', 'Unrelated']) {
        const other = await createOrganisation(t, token(partnerOwner), {
          kind: 'research',
          country: 'PL',
          name,
        });
        await t.sql(
          `UPDATE organisations SET offers = $2, needs = '{o1-campaigning}', topics = '{o1-climate}' WHERE id = $1`,
          [other.id, name === 'Unrelated' ? ['o1-other'] : ['o1-research']],
        );
        others[name] = other;
      }
      await t.sql(`UPDATE organisations SET needs = '{}', topics = '{}' WHERE id = $1`, [
        others.Unrelated?.id,
      ]);
      await t.sql(`UPDATE organisations SET visibility = 'hidden' WHERE id = $1`, [others.Hidden?.id]);
      await t.sql('UPDATE organisations SET hidden_at = now() WHERE id = $1', [others.Moderated?.id]);
      await t.sql(
        `INSERT INTO follows (follower_id, target_type, target_id) VALUES ($1, 'organisation', $2)`,
        [owner.id, others.Followed?.id],
      );
      await t
        .http()
        .post(`/api/organisations/${organisation.slug}/suggestions/dismissals`)
        .set(owner.auth)
        .send({ type: 'organisation', target: others.Dismissed?.slug })
        .expect(204);
    });

    it('suggests a complementary organisation with two-sided reasons', async () => {
      const { organisations } = await organisationSuggestions(owner);
      expect(organisations).toEqual([
        {
          slug: others.Partner?.slug,
          reasons: [
            { kind: 'they_offer_what_you_need', support: ['o1-research'] },
            { kind: 'you_offer_what_they_need', support: ['o1-campaigning'] },
            { kind: 'shared_topics', topics: ['o1-climate'] },
            { kind: 'shared_countries', countries: ['PL'] },
            { kind: 'complementary_kinds', yours: 'cso', theirs: 'research' },
            { kind: 'place', scope: 'neighbour', yours: 'DE', theirs: 'PL', city: null },
          ],
        },
      ]);
    });

    it('leaves out itself, hidden, moderated, followed, dismissed and unrelated organisations', async () => {
      await t.sql(`UPDATE organisations SET offers = '{o1-research}' WHERE id = $1`, [organisation.id]);
      const slugs = (await organisationSuggestions(owner)).organisations.map((item) => item.slug);
      await t.sql(`UPDATE organisations SET offers = '{o1-campaigning}' WHERE id = $1`, [organisation.id]);
      expect(slugs).toEqual([others.Partner?.slug]);
    });

    it('suggests people who offer what it needs, but not its members, and remembers dismissals', async () => {
      const [expert, member, dismissed] = await insertPeople(t, [
        { displayName: 'Research Expert', profile: { visibility: 'public', offers: ['o1-research'] } },
        { displayName: 'Member Expert', profile: { visibility: 'public', offers: ['o1-research'] } },
        { displayName: 'Dismissed Expert', profile: { visibility: 'public', offers: ['o1-research'] } },
      ]);
      if (!expert || !member || !dismissed) throw new Error('people not inserted');
      await addMember(t, organisation, member, 'member');
      await t
        .http()
        .post(`/api/organisations/${organisation.slug}/suggestions/dismissals`)
        .set(owner.auth)
        .send({ type: 'profile', target: dismissed.handle })
        .expect(204);
      const { people } = await organisationSuggestions(owner);
      expect(people).toContain(expert.handle);
      expect(people).not.toContain(member.handle);
      expect(people).not.toContain(dismissed.handle);
    });

    it('reads its stored candidates within the hour, each checked afresh, and searches again when its needs change', async () => {
      await t.sql('DELETE FROM organisation_suggestion_candidates WHERE organisation_id = $1', [
        organisation.id,
      ]);
      const [early] = await insertPeople(t, [
        { displayName: 'Early Analyst', profile: { visibility: 'public', offers: ['o1-research'] } },
      ]);
      if (!early) throw new Error('no person inserted');
      expect((await organisationSuggestions(owner)).people).toContain(early.handle);
      const [late] = await insertPeople(t, [
        { displayName: 'Late Analyst', profile: { visibility: 'public', offers: ['o1-research'] } },
      ]);
      if (!late) throw new Error('no person inserted');
      const within = await organisationSuggestions(owner);
      expect(within.people).toContain(early.handle);
      expect(within.people).not.toContain(late.handle);
      await t.sql(`UPDATE profiles SET visibility = 'hidden' WHERE user_id = $1`, [early.id]);
      expect((await organisationSuggestions(owner)).people).not.toContain(early.handle);
      await t.sql(`UPDATE organisations SET needs = '{o1-research,o1-translation}' WHERE id = $1`, [
        organisation.id,
      ]);
      const changed = await organisationSuggestions(owner);
      await t.sql(`UPDATE organisations SET needs = '{o1-research}' WHERE id = $1`, [organisation.id]);
      expect(changed.people).toContain(late.handle);
    });

    it.each(['admin', 'editor'] as const)('lets an %s read and dismiss them', async (role) => {
      const person = await someone(t, `Role ${role}`);
      await addMember(t, organisation, person, role);
      expect((await organisationSuggestions(person)).organisations.map((item) => item.slug)).toContain(
        others.Partner?.slug,
      );
      await t
        .http()
        .post(`/api/organisations/${organisation.slug}/suggestions/dismissals`)
        .set(person.auth)
        .send({ type: 'organisation', target: others.Unrelated?.slug })
        .expect(204);
    });

    it('refuses plain members and outsiders', async () => {
      const member = await someone(t, 'Plain Member');
      await addMember(t, organisation, member, 'member');
      const outsider = await someone(t, 'Outsider');
      for (const person of [member, outsider]) {
        const read = await t
          .http()
          .get(`/api/organisations/${organisation.slug}/suggestions`)
          .set(person.auth);
        expectProblem(read, 403, 'forbidden');
        const dismiss = await t
          .http()
          .post(`/api/organisations/${organisation.slug}/suggestions/dismissals`)
          .set(person.auth)
          .send({ type: 'organisation', target: others.Partner?.slug });
        expectProblem(dismiss, 403, 'forbidden');
      }
      expect((await organisationSuggestions(owner)).organisations.map((item) => item.slug)).toEqual([
        others.Partner?.slug,
      ]);
    });

    it('answers 404 for an organisation the viewer may not see', async () => {
      const outsider = await someone(t, 'Outsider Two');
      const hidden = others.Hidden?.slug;
      expectProblem(
        await t.http().get(`/api/organisations/${hidden}/suggestions`).set(outsider.auth),
        404,
        'not_found',
      );
      expectProblem(
        await t.http().get('/api/organisations/no-such-organisation/suggestions').set(outsider.auth),
        404,
        'not_found',
      );
    });

    it('refuses to dismiss the organisation itself or one that is hidden', async () => {
      for (const target of [organisation.slug, others.Hidden?.slug]) {
        const response = await t
          .http()
          .post(`/api/organisations/${organisation.slug}/suggestions/dismissals`)
          .set(owner.auth)
          .send({ type: 'organisation', target });
        expectProblem(response, 404, 'not_found');
      }
    });

    it('refuses a dismissal of an unknown type', async () => {
      const response = await t
        .http()
        .post(`/api/organisations/${organisation.slug}/suggestions/dismissals`)
        .set(owner.auth)
        .send({ type: 'topic', target: 'climate' });
      expectProblem(response, 400, 'validation_failed');
    });
  });
});
