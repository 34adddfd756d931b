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
      await client.query('BEGIN READ ONLY');
      await client.query('SET LOCAL plan_cache_mode = force_generic_plan');
      for (const [name, value] of Object.entries(settings)) {
        if (!/^[a-z_]+$/.test(name) || !Number.isFinite(value)) throw new Error(`Not a setting: ${name}`);
        await client.query(`SELECT set_config($1, $2, true)`, [name, String(value)]);
      }
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
