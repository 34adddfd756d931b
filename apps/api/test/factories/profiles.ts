import type { UpdateProfileRequest } from '@open-spaces/contracts';
import type { TestApp } from '../setup/test-app';
import { bearer, login, registerUser, type TestUser, type UserInput } from './users';

export interface Person extends TestUser {
  accessToken: string;
  handle: string;
  auth: Record<string, string>;
}

/** Settings for test apps that sign many people in from one address. */
export const MANY_SIGN_INS = { LOGIN_LIMIT_PER_IP: '10000' };

/** A registered, signed-in person whose profile was set through PATCH /api/me/profile. */
export async function signedInPerson(
  t: TestApp,
  profile: UpdateProfileRequest = {},
  overrides: Partial<UserInput> = {},
): Promise<Person> {
  const user = await registerUser(t, overrides);
  const { accessToken } = await login(t, user);
  const auth = bearer(accessToken);
  const response = await t.http().patch('/api/me/profile').set(auth).send(profile).expect(200);
  return { ...user, accessToken, auth, handle: response.body.handle };
}

/**
 * People written straight into the database (the account trigger creates their profiles),
 * for lists that need many rows; they cannot sign in.
 */
export async function insertPeople(
  t: TestApp,
  people: { displayName: string; profile?: Record<string, unknown> }[],
): Promise<{ id: string; handle: string; displayName: string }[]> {
  const created = [];
  for (const person of people) {
    const [user] = await t.sql<{ id: string }>(
      `INSERT INTO users (email, password_hash, display_name)
       VALUES ('seed-' || gen_random_uuid() || '@example.org', 'not-a-hash', $1) RETURNING id`,
      [person.displayName],
    );
    if (!user) throw new Error('no user inserted');
    const columns = Object.keys(person.profile ?? {});
    if (columns.length > 0) {
      await t.sql(
        `UPDATE profiles SET ${columns.map((column, index) => `${column} = $${index + 2}`).join(', ')}
          WHERE user_id = $1`,
        [user.id, ...columns.map((column) => person.profile?.[column])],
      );
    }
    const [row] = await t.sql<{ handle: string }>('SELECT handle FROM profiles WHERE user_id = $1', [
      user.id,
    ]);
    created.push({ id: user.id, handle: row?.handle ?? '', displayName: person.displayName });
  }
  return created;
}
