import { randomBytes } from 'node:crypto';
import type { CreateOrganisationRequest, OrganisationRole } from '@open-spaces/contracts';
import type { TestApp } from '../setup/test-app';
import { bearer } from './users';

export interface TestOrganisation {
  id: string;
  slug: string;
  name: string;
}

export function newOrganisationInput(
  overrides: Partial<CreateOrganisationRequest> = {},
): CreateOrganisationRequest {
  return {
    slug: `org-${randomBytes(5).toString('hex')}`,
    name: 'Civic Futures Lab',
    kind: 'cso',
    country: 'DE',
    ...overrides,
  };
}

/** An organisation created through the API by `ownerAccessToken`'s account, which owns it. */
export async function createOrganisation(
  t: TestApp,
  ownerAccessToken: string,
  overrides: Partial<CreateOrganisationRequest> = {},
): Promise<TestOrganisation> {
  const input = newOrganisationInput(overrides);
  const response = await t
    .http()
    .post('/api/organisations')
    .set(bearer(ownerAccessToken))
    .send(input)
    .expect(201);
  const [row] = await t.sql<{ id: string }>('SELECT id FROM organisations WHERE slug = $1', [
    response.body.slug,
  ]);
  if (!row) throw new Error(`organisation ${input.slug} was not stored`);
  return { id: row.id, slug: response.body.slug, name: response.body.name };
}

/** Makes the user a member with this role directly in the database. */
export async function addMember(
  t: TestApp,
  organisation: Pick<TestOrganisation, 'id'>,
  user: { id: string },
  role: OrganisationRole,
): Promise<void> {
  await t.sql(
    `INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, $3)
     ON CONFLICT (organisation_id, user_id) DO UPDATE SET role = EXCLUDED.role`,
    [organisation.id, user.id, role],
  );
}

/** The handle of the user's profile, as the database gave it at registration. */
export async function handleOf(t: TestApp, user: { id: string }): Promise<string> {
  const [row] = await t.sql<{ handle: string }>('SELECT handle FROM profiles WHERE user_id = $1', [user.id]);
  if (!row) throw new Error(`user ${user.id} has no profile`);
  return row.handle;
}
