import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { signAccessToken } from '../modules/auth/access-token';

/** People written for one benchmark run, each with a live session and an access token. */
export interface BenchPeople {
  /** Person 0 is the run's author; the others are its audience. */
  people: { id: string; n: number; token: string }[];
  /** Deletes the run's people and, with them, everything they wrote and their sessions. */
  remove: () => Promise<void>;
}

/**
 * Writes `count` + 1 people straight into the database (addresses `<prefix>-<run>-<n>`,
 * confirmed, named `<name> <n>`), a live session for each, and signs their access tokens with
 * the API's secret. `prepare` runs on the same connection before the sessions, with the people
 * and the run's address pattern (`<prefix>-<run>-%`).
 */
export async function writeBenchPeople(
  databaseUrl: string,
  secret: string,
  options: { prefix: string; name: string; count: number },
  prepare: (
    db: Client,
    people: { id: string; n: number }[],
    emails: string,
  ) => Promise<void> = async () => {},
): Promise<BenchPeople> {
  const emails = `${options.prefix}-${randomBytes(4).toString('hex')}-%`;
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const people: { id: string; n: number }[] = (
      await db.query(
        `INSERT INTO users (email, password_hash, display_name, email_verified_at)
         SELECT replace($1, '%', g::text) || '@bench.invalid', 'not-a-password-hash', $2 || ' ' || g, now()
           FROM generate_series(0, $3) g
         RETURNING id, split_part(split_part(email, '@', 1), '-', 3)::int AS n`,
        [emails, options.name, options.count],
      )
    ).rows;
    await prepare(db, people, emails);
    const sessions: { id: string; user_id: string }[] = (
      await db.query(
        `INSERT INTO sessions (user_id, expires_at)
         SELECT id, now() + interval '1 day' FROM users WHERE email LIKE $1
         RETURNING id, user_id`,
        [emails],
      )
    ).rows;
    const tokenOf = new Map(
      sessions.map((session) => [
        session.user_id,
        signAccessToken({ sub: session.user_id, sid: session.id }, secret, 3_600),
      ]),
    );
    return {
      people: people
        .map((person) => ({ ...person, token: tokenOf.get(person.id) ?? '' }))
        .sort((a, b) => a.n - b.n),
      remove: async () => {
        const cleaner = new Client({ connectionString: databaseUrl });
        await cleaner.connect();
        try {
          await cleaner.query('DELETE FROM users WHERE email LIKE $1', [emails]);
        } finally {
          await cleaner.end();
        }
      },
    };
  } finally {
    await db.end();
  }
}
