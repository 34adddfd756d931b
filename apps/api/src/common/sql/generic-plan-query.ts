import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Runs a read-only query as a prepared statement from its generic plan: each connection plans
 * it once and keeps the plan. For the few hot queries whose planning costs more than their
 * work, such as the home feed's, whose rules are long SQL over small sets (about 10 ms of
 * planning for 4 ms of execution at a million activities). PostgreSQL's own choice keeps
 * planning them afresh every time, so the generic plan is asked for, for this statement's
 * transaction alone: every other query keeps its custom plans.
 *
 * The statement is named after its text, so a changed text is a new statement. `settings`
 * are planner or executor settings for that transaction alone (`SET LOCAL`), such as a bound
 * on what a GIN index scan returns; their names and values come from code, never from input.
 */
const names = new Map<string, string>();

function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `generic-${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

export type LocalSettings = Readonly<Record<string, number>>;

export async function queryWithGenericPlan<T>(
  dataSource: DataSource,
  text: string,
  values: unknown[],
  settings: LocalSettings = {},
): Promise<T[]> {
  const name = statementName(text);
  const runner = dataSource.createQueryRunner();
  try {
    const client = (await runner.connect()) as PoolClient;
    try {
      // One round trip opens the transaction and sets it up: the settings' names and values
      // are checked here, so they can be written into the text.
      await client.query(
        [
          'BEGIN READ ONLY',
          'SET LOCAL plan_cache_mode = force_generic_plan',
          ...Object.entries(settings).map(([setting, value]) => {
            if (!/^[a-z_]+$/.test(setting) || !Number.isFinite(value))
              throw new Error(`Not a setting: ${setting}`);
            return `SET LOCAL ${setting} = ${value}`;
          }),
        ].join('; '),
      );
      const { rows } = await client.query<T & object>({ name, text, values });
      await client.query('COMMIT');
      return rows;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  } finally {
    await runner.release();
  }
}
