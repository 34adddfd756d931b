import { DataSource } from 'typeorm';
import { queryWithGenericPlan } from '../../src/common/sql/generic-plan-query';
import { startTestApp, type TestApp } from '../setup/test-app';

let t: TestApp;
let dataSource: DataSource;

beforeAll(async () => {
  t = await startTestApp();
  dataSource = t.app.get(DataSource);
});
afterAll(() => t.close());

const PLAN_MODE = `SELECT current_setting('plan_cache_mode') AS mode, $1::int AS n`;

describe('queryWithGenericPlan', () => {
  it('answers from the generic plan, and only for its own statement', async () => {
    const rows = await queryWithGenericPlan<{ mode: string; n: number }>(dataSource, PLAN_MODE, [7]);
    expect(rows).toEqual([{ mode: 'force_generic_plan', n: 7 }]);
    const connections = await Promise.all(
      Array.from({ length: 12 }, () => dataSource.query(`SELECT current_setting('plan_cache_mode') AS mode`)),
    );
    expect(new Set(connections.map(([row]) => row.mode))).toEqual(new Set(['auto']));
  });

  it('applies its settings to its own transaction only', async () => {
    const limit = `SELECT current_setting('gin_fuzzy_search_limit') AS value, $1::int AS n`;
    await expect(
      queryWithGenericPlan(dataSource, limit, [1], { gin_fuzzy_search_limit: 2000 }),
    ).resolves.toEqual([{ value: '2000', n: 1 }]);
    const connections = await Promise.all(
      Array.from({ length: 12 }, () =>
        dataSource.query(`SELECT current_setting('gin_fuzzy_search_limit') AS value`),
      ),
    );
    expect(new Set(connections.map(([row]) => row.value))).toEqual(new Set(['0']));
    await expect(queryWithGenericPlan(dataSource, limit, [1], { 'work_mem; --': 1 })).rejects.toThrow(
      'Not a setting',
    );
  });

  it('passes a failing query’s error on and leaves every connection usable', async () => {
    for (let n = 0; n < 12; n++)
      await expect(queryWithGenericPlan(dataSource, 'SELECT 1 / $1::int AS n', [0])).rejects.toMatchObject({
        code: '22012',
      });
    await expect(queryWithGenericPlan(dataSource, 'SELECT 1 / $1::int AS n', [1])).resolves.toEqual([
      { n: 1 },
    ]);
    await expect(dataSource.query('SELECT 2 AS n')).resolves.toEqual([{ n: 2 }]);
  });
});
