import { Client } from 'pg';
import { SCALE_READER_EMAIL } from '../database/seed/scale-seed';
import { signAccessToken } from '../modules/auth/access-token';

/** A signed-in scenario's credentials, and how to end the session once it is measured. */
export interface ReaderSession {
  headers: Record<string, string>;
  close(): Promise<void>;
}

/**
 * Signs the scale seed's reader (SCALE_READER_EMAIL) in for a scenario: a session written
 * straight into the database and an access token signed with the API's secret, as a
 * sign-in would give them. The session is deleted again by `close`.
 */
export async function openReaderSession(databaseUrl: string, secret: string): Promise<ReaderSession> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string; user_id: string }>(
      `INSERT INTO sessions (user_id, expires_at, user_agent)
       SELECT id, now() + interval '1 day', 'open-spaces-bench' FROM users WHERE email = $1
       RETURNING id, user_id`,
      [SCALE_READER_EMAIL],
    );
    const session = rows[0];
    if (!session)
      throw new Error(
        `There is no ${SCALE_READER_EMAIL} to read the feed as: seed people first (--scale, or npm run seed)`,
      );
    const token = signAccessToken({ sub: session.user_id, sid: session.id }, secret, 3_600);
    return {
      headers: { authorization: `Bearer ${token}` },
      close: async () => {
        const cleaner = new Client({ connectionString: databaseUrl });
        await cleaner.connect();
        try {
          await cleaner.query('DELETE FROM sessions WHERE id = $1', [session.id]);
        } finally {
          await cleaner.end();
        }
      },
    };
  } finally {
    await db.end();
  }
}
