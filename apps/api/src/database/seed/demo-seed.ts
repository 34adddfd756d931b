import type { DataSource } from 'typeorm';
import { hashPassword } from '../../modules/accounts/passwords';

export interface DemoSignIn {
  email: string;
  password: string;
  role: string;
}

export const DEMO_PASSWORD = 'civic-space-demo-2026';

const demoAccounts = [
  { email: 'admin@demo.open-spaces.eu', displayName: 'Amira Haddad', role: 'admin' },
  { email: 'moderator@demo.open-spaces.eu', displayName: 'Jonas Berg', role: 'moderator' },
  { email: 'member@demo.open-spaces.eu', displayName: 'Lucía Fernández', role: 'member' },
] as const;

/**
 * Seeds the demo data once per database: a second call does nothing. Whether it ran is
 * kept in app_metadata, so deleting demo rows later does not bring them back.
 */
export async function seedDemoData(dataSource: DataSource): Promise<DemoSignIn[] | null> {
  return dataSource.transaction(async (tx) => {
    const claimed: unknown[] = await tx.query(
      `INSERT INTO app_metadata (key, value) VALUES ('demo_seed', jsonb_build_object('at', now()))
       ON CONFLICT (key) DO NOTHING RETURNING key`,
    );
    if (claimed.length === 0) return null;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const account of demoAccounts) {
      await tx.query(
        `INSERT INTO users (email, password_hash, display_name, role, email_verified_at)
         VALUES ($1, $2, $3, $4, now()) ON CONFLICT (email) DO NOTHING`,
        [account.email, passwordHash, account.displayName, account.role],
      );
    }
    return demoAccounts.map((account) => ({
      email: account.email,
      password: DEMO_PASSWORD,
      role: account.role,
    }));
  });
}
