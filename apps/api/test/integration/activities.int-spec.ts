import { EventEmitter2 } from '@nestjs/event-emitter';
import type { ActivityRecorded } from '../../src/modules/activities/activities.events';
import { ActivitiesService } from '../../src/modules/activities/activities.service';
import { registerVerifiedUser, type TestUser } from '../factories/users';
import { startTestApp, type TestApp } from '../setup/test-app';

let t: TestApp;
let author: TestUser;
let activities: ActivitiesService;
const announced: ActivityRecorded[] = [];

beforeAll(async () => {
  t = await startTestApp();
  author = await registerVerifiedUser(t);
  activities = t.app.get(ActivitiesService);
  t.app.get(EventEmitter2).on('activity.recorded', (activity: ActivityRecorded) => {
    announced.push(activity);
  });
});

afterAll(() => t.close());
beforeEach(() => {
  announced.length = 0;
});

const objectId = () => crypto.randomUUID();

describe('the activity log', () => {
  it('stores an activity with the write and announces it only after the commit', async () => {
    const id = objectId();
    let seenInsideTransaction: number | undefined;
    const recorded = await activities.write(async (_tx, log) => {
      const activity = await log.record({
        actorId: author.id,
        verb: 'published',
        objectType: 'post',
        objectId: id,
        topics: ['climate-justice'],
        countries: ['DE'],
        audience: 'public',
      });
      seenInsideTransaction = announced.length;
      return activity;
    });
    expect(seenInsideTransaction).toBe(0);
    expect(announced).toEqual([recorded]);
    const [row] = await t.sql<{ verb: string; topics: string[]; audience: string }>(
      'SELECT verb, topics, audience FROM activities WHERE id = $1',
      [recorded.id],
    );
    expect(row).toEqual({ verb: 'published', topics: ['climate-justice'], audience: 'public' });
  });

  it('keeps no activity and announces nothing when the write fails', async () => {
    const id = objectId();
    await expect(
      activities.write(async (_tx, log) => {
        await log.record({
          actorId: author.id,
          verb: 'published',
          objectType: 'event',
          objectId: id,
          audience: 'public',
        });
        throw new Error('the content could not be written');
      }),
    ).rejects.toThrow('the content could not be written');
    expect(announced).toEqual([]);
    expect(await t.sql('SELECT 1 FROM activities WHERE object_id = $1', [id])).toHaveLength(0);
  });

  it('gives ids in commit order when writers overlap', async () => {
    let releaseFirst: () => void = () => undefined;
    const firstMayCommit = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    const first = activities.write(async (_tx, log) => {
      const activity = await log.record({
        actorId: author.id,
        verb: 'published',
        objectType: 'post',
        objectId: objectId(),
        audience: 'public',
      });
      await firstMayCommit;
      return activity;
    });
    // The second writer waits for the first's lock, so it cannot take a lower id and commit later.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = activities.write((_tx, log) =>
      log.record({
        actorId: author.id,
        verb: 'updated',
        objectType: 'post',
        objectId: objectId(),
        audience: 'members',
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(announced).toHaveLength(0);
    releaseFirst();
    const [a, b] = await Promise.all([first, second]);
    expect(BigInt(b.id)).toBeGreaterThan(BigInt(a.id));
    expect(announced.map((activity) => activity.id)).toEqual([a.id, b.id]);
  });
});
