import type { CaseFacets, CasePage } from '@open-spaces/contracts';
import { withDataSource } from '../../src/database/database';
import { seedDemoData } from '../../src/database/seed/demo-seed';
import { startTestApp, type TestApp } from '../setup/test-app';

describe('the demo seed’s cases', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await withDataSource(t.databaseUrl, seedDemoData);
  });
  afterAll(() => t.close());

  it('adds thirty cases, most published, in several languages, with two waiting and one returned', async () => {
    const [counts] = await t.sql<{ cases: number; published: number; submitted: number; returned: number }>(
      `SELECT count(*)::int AS cases, count(*) FILTER (WHERE status = 'published')::int AS published,
              count(*) FILTER (WHERE status = 'submitted')::int AS submitted,
              count(*) FILTER (WHERE status = 'returned')::int AS returned FROM cases`,
    );
    expect(counts).toEqual({ cases: 30, published: 27, submitted: 2, returned: 1 });
    const languages = await t.sql<{ language: string }>(
      'SELECT DISTINCT language FROM cases ORDER BY language',
    );
    expect(languages.map((row) => row.language)).toEqual(['de', 'en', 'fr']);
  });

  it('lists the published ones with varied facets and records an activity for each', async () => {
    const facets = (await t.http().get('/api/cases/facets').expect(200)).body as CaseFacets;
    expect(facets.total).toBe(27);
    expect(facets.countries.length).toBeGreaterThan(10);
    expect(facets.methods.length).toBeGreaterThan(10);
    expect(facets.scopes).toHaveLength(6);
    expect(facets.iap2Levels).toHaveLength(5);
    const page = (await t.http().get('/api/cases').query({ limit: '50' }).expect(200)).body as CasePage;
    expect(page.items).toHaveLength(27);
    const [activities] = await t.sql<{ count: number }>(
      `SELECT count(*)::int FROM activities WHERE object_type = 'case'`,
    );
    expect(activities?.count).toBe(27);
  });

  it('links some organisers to demo organisations', async () => {
    const [row] = await t.sql<{ count: number }>(
      'SELECT count(*)::int FROM case_parties WHERE organisation_id IS NOT NULL',
    );
    expect(row?.count).toBeGreaterThan(10);
  });
});
