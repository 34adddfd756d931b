import { withDataSource } from '../../src/database/database';
import { seedDemoData } from '../../src/database/seed/demo-seed';
import { startTestApp, type TestApp } from '../setup/test-app';

describe('the demo seed’s tools and reports', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await withDataSource(t.databaseUrl, seedDemoData);
  });
  afterAll(() => t.close());

  it('adds 40 tools, most approved, in every category', async () => {
    const [counts] = await t.sql<{ tools: number; approved: number; categories: number }>(
      `SELECT count(*)::int AS tools, count(*) FILTER (WHERE status = 'approved')::int AS approved,
              count(DISTINCT category)::int AS categories FROM tools`,
    );
    expect(counts).toEqual({ tools: 40, approved: 37, categories: 10 });
  });

  it('has organisations using approved tools, with notes, listed through the API', async () => {
    const [row] = await t.sql<{ slug: string; usages: number }>(
      `SELECT t.slug, count(*)::int AS usages FROM tool_usages u JOIN tools t ON t.id = u.tool_id
        JOIN organisations o ON o.id = u.organisation_id
        WHERE t.status = 'approved' AND o.visibility = 'public' AND u.note <> ''
        GROUP BY t.slug ORDER BY usages DESC LIMIT 1`,
    );
    expect(row?.usages).toBeGreaterThan(0);
    const response = await t.http().get(`/api/tools/${row?.slug}/usages`).expect(200);
    expect(response.body.items.length).toBeGreaterThan(0);
  });

  it('leaves a few open reports for the moderation queue', async () => {
    const [row] = await t.sql<{ objects: number; reports: number }>(
      `SELECT count(DISTINCT object_id)::int AS objects, count(*)::int AS reports FROM reports WHERE status = 'open'`,
    );
    expect(row?.objects).toBe(3);
    expect(row?.reports).toBeGreaterThanOrEqual(3);
  });
});
