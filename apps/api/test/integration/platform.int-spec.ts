import { startTestApp, type TestApp } from '../setup/test-app';

describe('platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers liveness and readiness', async () => {
    await t.http().get('/api/health').expect(200, { status: 'ok', version: '0.1.0' });
    await t.http().get('/api/health/ready').expect(200, { status: 'ok', database: 'up' });
  });

  it('answers an unknown route with a problem+json 404', async () => {
    const response = await t.http().get('/api/no-such-thing').expect(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status: 404, code: 'not_found', title: 'Not Found' });
  });
});
