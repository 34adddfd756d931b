import { activityViewersSql, activityVisibleSql } from '../../src/common/visibility/content-visibility';
import { addMember, createOrganisation } from '../factories/organisations';
import { type Writer, writer } from '../factories/posts';
import { startTestApp, type TestApp } from '../setup/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ LOGIN_LIMIT_PER_IP: '10000' });
});
afterAll(() => t.close());

/**
 * `activityViewersSql` answers for many viewers at once what `activityVisibleSql` answers
 * for one: both must agree on every viewer, for every kind of actor, organisation and audience.
 */
describe('the viewers of an activity, many at a time', () => {
  it('agree with the one-viewer rule for every actor, organisation, audience and viewer', async () => {
    const actors = {
      public: await writer(t, 'public'),
      members: await writer(t, 'members'),
      hidden: await writer(t, 'hidden'),
    };
    const viewers: Record<string, Writer> = {
      plain: await writer(t),
      member: await writer(t),
      blockedByActor: await writer(t),
      blockingActor: await writer(t),
      memberBlocking: await writer(t),
    };
    const owner = await writer(t);
    const organisations: Record<string, string | null> = { none: null };
    for (const visibility of ['public', 'members', 'hidden'] as const) {
      const organisation = await createOrganisation(t, owner.accessToken, { visibility });
      for (const viewer of [viewers.member, viewers.memberBlocking]) {
        if (viewer) await addMember(t, organisation, viewer, 'member');
      }
      organisations[visibility] = organisation.id;
    }
    const hiddenByModerator = await createOrganisation(t, owner.accessToken, { visibility: 'public' });
    await t.sql('UPDATE organisations SET hidden_at = now() WHERE id = $1', [hiddenByModerator.id]);
    organisations.moderated = hiddenByModerator.id;

    for (const actor of Object.values(actors)) {
      await t.sql('INSERT INTO blocks (blocker_id, blocked_id) VALUES ($1, $2)', [
        actor.id,
        viewers.blockedByActor?.id,
      ]);
      await t.sql('INSERT INTO blocks (blocker_id, blocked_id) VALUES ($1, $2)', [
        viewers.blockingActor?.id,
        actor.id,
      ]);
      await t.sql('INSERT INTO blocks (blocker_id, blocked_id) VALUES ($1, $2)', [
        viewers.memberBlocking?.id,
        actor.id,
      ]);
    }

    const everyone = [...Object.values(viewers), ...Object.values(actors)].map((who) => who.id);
    let compared = 0;
    let admitted = 0;
    for (const actor of Object.values(actors)) {
      for (const organisation of Object.values(organisations)) {
        for (const audience of ['public', 'members', 'organisation']) {
          if (audience === 'organisation' && organisation === null) continue;
          const one = await t.sql<{ id: string }>(
            `SELECT v.id FROM unnest($4::uuid[]) AS v(id),
                    (SELECT $1::uuid AS actor_id, $2::uuid AS organisation_id, $3::text AS audience) a
              WHERE ${activityVisibleSql('a', 'v.id')}`,
            [actor.id, organisation, audience, everyone],
          );
          const many = await t.sql<{ user_id: string }>(
            `WITH candidates AS (SELECT unnest($4::uuid[]) AS user_id)
             ${activityViewersSql('candidates', '$1::uuid', '$2::uuid', '$3::text')}`,
            [actor.id, organisation, audience, everyone],
          );
          expect(many.map((row) => row.user_id).sort()).toEqual(one.map((row) => row.id).sort());
          compared += 1;
          admitted += one.length;
        }
      }
    }
    expect(compared).toBe(3 * (2 + 4 * 3));
    // Both sides of every rule were met: some viewers admitted, many refused.
    expect(admitted).toBeGreaterThan(0);
    expect(admitted).toBeLessThan(compared * everyone.length);
  });
});
