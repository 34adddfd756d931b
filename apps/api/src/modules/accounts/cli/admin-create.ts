import { randomBytes } from 'node:crypto';
import { Email } from '@open-spaces/contracts';
import { runWithDatabase } from '../../../database/cli/run-with-database';
import { hashPassword } from '../passwords';

/**
 * `npm run admin:create -- <email>`: makes the account with this address a site admin,
 * or creates a verified admin account with a one-time password when there is none.
 */
const parsed = Email.safeParse(process.argv[2] ?? '');
if (!parsed.success) {
  process.stderr.write('Usage: npm run admin:create -- <email>\n');
  process.exitCode = 2;
} else {
  const email = parsed.data;
  void runWithDatabase(async (dataSource) => {
    const promoted: unknown[] = await dataSource.query(
      `WITH changed AS (UPDATE users SET role = 'admin', updated_at = now() WHERE email = $1 RETURNING id)
       SELECT id FROM changed`,
      [email],
    );
    if (promoted.length > 0) {
      process.stdout.write(`${email} is now an admin.\n`);
      return;
    }
    const password = randomBytes(15).toString('base64url');
    await dataSource.query(
      `INSERT INTO users (email, password_hash, display_name, role, email_verified_at)
       VALUES ($1, $2, $3, 'admin', now())`,
      [email, await hashPassword(password), email.split('@')[0]],
    );
    process.stdout.write(
      `Created the admin account ${email} with the password: ${password}\nSign in and change it under Account settings.\n`,
    );
  });
}
