import type { Locale } from '@open-spaces/contracts';
import type { TestApp } from '../setup/test-app';
import { handleOf } from './organisations';
import { bearer, login, registerVerifiedUser, type TestUser } from './users';

export interface Someone extends TestUser {
  auth: Record<string, string>;
  handle: string;
}

/** A confirmed, signed-in person with a public profile. */
export async function someone(t: TestApp, displayName: string, locale?: Locale): Promise<Someone> {
  const user = await registerVerifiedUser(t, { displayName, ...(locale && { locale }) });
  const { accessToken } = await login(t, user);
  const auth = bearer(accessToken);
  await t.http().patch('/api/me/profile').set(auth).send({ visibility: 'public' }).expect(200);
  return { ...user, auth, handle: await handleOf(t, user) };
}
