import { withDataSource } from '../../src/database/database';
import { DEMO_EVENTS } from '../../src/database/seed/demo-events';
import { seedDemoData } from '../../src/database/seed/demo-seed';
import { seedAtScale } from '../../src/database/seed/scale-seed';
import { instantOf } from '../../src/modules/events/event-times';
import { startTestApp, type TestApp } from '../setup/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await withDataSource(t.databaseUrl, seedDemoData);
});
afterAll(() => t.close());

describe('the demo events', () => {
  it('has sixty events, past and upcoming, some full with a waitlist', async () => {
    const [counts] = await t.sql<{ all: number; past: number; upcoming: number; waiting: number }>(
      `SELECT count(*)::int AS all,
              count(*) FILTER (WHERE ends_at < now())::int AS past,
              count(*) FILTER (WHERE starts_at > now())::int AS upcoming,
              (SELECT count(DISTINCT event_id)::int FROM event_rsvps WHERE state = 'waitlisted') AS waiting
         FROM events`,
    );
    expect(counts?.all).toBe(DEMO_EVENTS);
    expect(counts?.past).toBeGreaterThan(10);
    expect(counts?.upcoming).toBeGreaterThan(30);
    expect(counts?.waiting).toBeGreaterThan(3);
  });

  it('never has more people going than places, nor a waitlist while places are free', async () => {
    const overbooked = await t.sql(
      `SELECT e.id FROM events e
        WHERE e.capacity IS NOT NULL
          AND ((SELECT count(*) FROM event_rsvps r WHERE r.event_id = e.id AND r.state = 'going') > e.capacity
            OR ((SELECT count(*) FROM event_rsvps r WHERE r.event_id = e.id AND r.state = 'going') < e.capacity
                AND EXISTS (SELECT 1 FROM event_rsvps r WHERE r.event_id = e.id AND r.state = 'waitlisted')))`,
    );
    expect(overbooked).toEqual([]);
  });

  it('stores local times that mean the stored instants', async () => {
    const rows = await t.sql<{ starts_local: string; time_zone: string; starts_at: Date }>(
      'SELECT starts_local, time_zone, starts_at FROM events',
    );
    for (const row of rows) {
      expect(instantOf(row.starts_local, row.time_zone)?.toISOString()).toBe(row.starts_at.toISOString());
    }
  });

  it('shows upcoming demo events in the anonymous directory', async () => {
    const page = await t.http().get('/api/events').query({ limit: 5 }).expect(200);
    expect(page.body.items.length).toBe(5);
  });
});

describe('the scale events', () => {
  it('adds the events asked for, set-based, with consistent local times', async () => {
    const result = await withDataSource(t.databaseUrl, (dataSource) =>
      seedAtScale(dataSource, { people: 300, organisations: 0, events: 3000, batchSize: 1000 }),
    );
    expect(result.events).toBe(3000);
    const [counts] = await t.sql<{ all: number; topics: number; online: number }>(
      `SELECT count(*)::int AS all, count(*) FILTER (WHERE cardinality(topics) > 0)::int AS topics,
              count(*) FILTER (WHERE format = 'online' AND venue_country IS NULL)::int AS online
         FROM events`,
    );
    expect(counts?.all).toBe(DEMO_EVENTS + 3000);
    expect(counts?.topics).toBeGreaterThan(2900);
    expect(counts?.online).toBeGreaterThan(300);
    const sample = await t.sql<{ starts_local: string; time_zone: string; starts_at: Date }>(
      `SELECT starts_local, time_zone, starts_at FROM events WHERE title LIKE 'Civic meetup %' LIMIT 50`,
    );
    for (const row of sample) {
      const instant = instantOf(row.starts_local, row.time_zone);
      if (instant) expect(instant.toISOString()).toBe(row.starts_at.toISOString());
    }
  });
});
