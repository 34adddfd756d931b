import { randomBytes } from 'node:crypto';
import type { CreatePostRequest, SiteRole, Visibility } from '@open-spaces/contracts';
import type { TestApp } from '../setup/test-app';
import { bearer, login, registerUser } from './users';

export interface Writer {
  id: string;
  handle: string;
  auth: Record<string, string>;
  accessToken: string;
}

/** A signed-in person with a confirmed address, a known handle and this profile visibility. */
export async function writer(
  t: TestApp,
  visibility: Visibility = 'public',
  displayName = 'Ana Writer',
  siteRole: SiteRole = 'member',
): Promise<Writer> {
  const user = await registerUser(t, { displayName });
  const handle = `w-${randomBytes(4).toString('hex')}`;
  await t.sql('UPDATE profiles SET handle = $2, visibility = $3 WHERE user_id = $1', [
    user.id,
    handle,
    visibility,
  ]);
  await t.sql('UPDATE users SET email_verified_at = now(), role = $2 WHERE id = $1', [user.id, siteRole]);
  const { accessToken } = await login(t, user);
  return { id: user.id, handle, auth: bearer(accessToken), accessToken };
}

export function newPostInput(overrides: Partial<CreatePostRequest> = {}): CreatePostRequest {
  return {
    kind: 'guide',
    title: 'How we ran a citizens’ assembly',
    summary: 'What worked, what did not.',
    body: 'We started **small**.',
    topics: ['democracy-and-participation'],
    countries: ['DE'],
    language: 'en',
    status: 'published',
    ...overrides,
  };
}

/** A post created through the API; published unless the overrides say otherwise. Returns its body. */
export async function createPost(
  t: TestApp,
  author: Pick<Writer, 'auth'>,
  overrides: Partial<CreatePostRequest> = {},
): Promise<{ id: string; slug: string }> {
  const response = await t
    .http()
    .post('/api/posts')
    .set(author.auth)
    .send(newPostInput(overrides))
    .expect(201);
  return response.body;
}
