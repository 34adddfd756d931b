import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../setup/test-app';

const committed = join(__dirname, '../../openapi.json');

describe('OpenAPI', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('publishes an OpenAPI 3.1 document that matches the committed apps/api/openapi.json', async () => {
    const response = await t.http().get('/api/openapi.json').expect(200);
    expect(response.body.openapi).toMatch(/^3\.1\./);
    const current = `${JSON.stringify(response.body, null, 2)}\n`;
    if (process.env.UPDATE_OPENAPI === '1') writeFileSync(committed, current);
    const stored = readFileSync(committed, 'utf8');
    if (stored !== current) {
      throw new Error(
        'apps/api/openapi.json is stale: run `npm run openapi:update -w @open-spaces/api` and commit it',
      );
    }
  });

  it('describes the problem+json error shape', async () => {
    const response = await t.http().get('/api/openapi.json').expect(200);
    expect(response.body.components.schemas.Problem.required).toEqual(
      expect.arrayContaining(['type', 'title', 'status', 'detail', 'code']),
    );
  });

  it('names every schema after its contract, none after a library class', async () => {
    const response = await t.http().get('/api/openapi.json').expect(200);
    const names = Object.keys(response.body.components.schemas);
    expect(names).toContain('InviteDto');
    expect(names.filter((name) => /^(Augmented)?ZodDto$|^_/.test(name))).toEqual([]);
  });

  it('describes a field that may be null as its type or null, never as an array', async () => {
    const response = await t.http().get('/api/openapi.json').expect(200);
    const schemas: Record<string, { properties: Record<string, unknown> }> = response.body.components.schemas;
    const stringOrNull = { type: ['string', 'null'] };
    expect(schemas.ProfilePageDto_Output?.properties.nextCursor).toEqual(stringOrNull);
    expect(schemas.MyProfileDto_Output?.properties.city).toEqual(stringOrNull);
    expect(schemas.OrganisationDto_Output?.properties.website).toEqual(stringOrNull);
    expect(schemas.InvitationDto_Output?.properties.email).toEqual(stringOrNull);
    // Real lists stay lists.
    expect(schemas.MyProfileDto_Output?.properties.topics).toEqual({
      items: { type: 'string' },
      type: 'array',
    });
  });

  it('serves the interactive documentation outside production', async () => {
    const response = await t.http().get('/api/docs').redirects(1);
    expect(response.status).toBe(200);
    expect(response.text).toContain('swagger');
  });
});
