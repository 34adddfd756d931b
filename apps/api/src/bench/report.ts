import { cpus } from 'node:os';
import type { FanoutComparison, FanoutSummary } from './fanout';
import type { BenchOptions } from './options';
import { PETITION_SIGNING, type SigningComparison } from './petition-signing';
import type { Scenario } from './scenarios';
import { FANOUT } from './scenarios';
import { SEARCH_BENCH, type SearchComparison } from './search-bench';

export interface TargetSummary {
  label: string;
  /** Requests per second of each round, in the order they ran. */
  rounds: number[];
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Server CPU µs per response (NaN where /proc is missing). */
  cpuMicrosPerRequest: number;
}

export interface ScenarioSummary {
  scenario: Scenario;
  /** The path both servers answered (a cursor page's path is found at run time). */
  path: string;
  /** Rows the path selects from, when the scenario counts them. */
  matchingRows: number | undefined;
  /** The API, or the scenario's subject in its place. */
  api: TargetSummary;
  baseline: TargetSummary;
  ratio: number;
  passed: boolean;
}

const thousands = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const kilo = (value: number) => `${(value / 1000).toFixed(1)}k`;
const ms = (value: number) => value.toFixed(2);

export function header(options: BenchOptions, database: string): string {
  const cpu = cpus();
  return [
    `Open Spaces benchmark, ${new Date().toISOString()}`,
    `Node ${process.version} on ${process.platform}-${process.arch}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}`,
    `${options.connections} connections, ${options.warmupSeconds} s warm-up, then ${options.rounds} rounds × ${options.durationSeconds} s per target (alternating), medians`,
    `Database: ${database}`,
  ].join('\n');
}

export function scenarioTable(summary: ScenarioSummary): string {
  const { scenario, path, matchingRows, api, baseline, ratio, passed } = summary;
  const rows = [api, baseline].map((target) => [
    target.label,
    thousands.format(target.requestsPerSecond),
    ms(target.p50),
    ms(target.p95),
    ms(target.p99),
    Number.isNaN(target.cpuMicrosPerRequest) ? 'n/a' : target.cpuMicrosPerRequest.toFixed(1),
    target.rounds.map(kilo).join(' '),
  ]);
  const table = [['target', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'CPU µs/req', 'rounds (req/s)'], ...rows];
  const widths =
    table[0]?.map((_, column) => Math.max(...table.map((row) => row[column]?.length ?? 0))) ?? [];
  const lines = table.map((row) =>
    row
      .map((cell, column) => {
        // Names left-aligned, figures right-aligned, the free-text last column unpadded.
        if (column === 0) return cell.padEnd(widths[column] ?? 0);
        return column === row.length - 1 ? cell : cell.padStart(widths[column] ?? 0);
      })
      .join('  '),
  );
  const checks = [
    `${api.label}/${baseline.label} = ${(ratio * 100).toFixed(1)}% (target ≥ ${(scenario.targetRatio * 100).toFixed(0)}%)`,
    ...(scenario.maxP95Ms === undefined
      ? []
      : [`${api.label} p95 = ${ms(api.p95)} ms (target < ${scenario.maxP95Ms} ms)`]),
    ...(scenario.maxP99Ms === undefined
      ? []
      : [`${api.label} p99 = ${ms(api.p99)} ms (target ≤ ${scenario.maxP99Ms} ms)`]),
  ];
  const verdict = `${passed ? 'PASS' : 'MISS'}: ${checks.join(', ')}`;
  const matching = matchingRows === undefined ? [] : [`${thousands.format(matchingRows)} rows match`];
  return [
    `\n${scenario.name}: ${scenario.description}`,
    `GET ${path}`,
    ...matching,
    ...lines,
    verdict,
    ...cpuComparison(api, baseline),
  ].join('\n');
}

/**
 * The servers' own cost side by side. Requests per second also depend on the load
 * generator, which shares the machine: when it, not the server, sets the pace of the
 * faster target, the req/s ratio is closer to 100% than the CPU ratio.
 */
function cpuComparison(api: TargetSummary, baseline: TargetSummary): string[] {
  const ratio = api.cpuMicrosPerRequest / baseline.cpuMicrosPerRequest;
  if (!Number.isFinite(ratio) || ratio <= 0) return [];
  const name = baseline.label;
  return [
    `CPU per request: ${api.label} ${ratio.toFixed(2)}× ${name} (${name}/${api.label} = ${((1 / ratio) * 100).toFixed(1)}%)`,
  ];
}

/** Whether the fan-out met its targets: p99 under the limit, and near the raw server's. */
export function fanoutPassed({ api, raw }: FanoutComparison): boolean {
  return api.received === api.sockets && api.p99 <= FANOUT.maxP99Ms && api.p99 <= FANOUT.maxRatio * raw.p99;
}

const everyReceived = (target: FanoutSummary) => (target.received === target.sockets ? 'yes' : 'no');

export function fanoutTable(result: FanoutComparison): string {
  const { api, floor, raw } = result;
  const table = [
    ['target', 'sockets', 'received', 'p50 ms', 'p99 ms', 'max ms'],
    ...[api, floor, raw].map((target) => [
      target.label,
      thousands.format(target.sockets),
      thousands.format(target.received),
      ms(target.p50),
      ms(target.p99),
      ms(target.max),
    ]),
  ];
  const widths =
    table[0]?.map((_, column) => Math.max(...table.map((row) => row[column]?.length ?? 0))) ?? [];
  const lines = table.map((row) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  '),
  );
  const times = (a: FanoutSummary, b: FanoutSummary) => `${(a.p99 / b.p99).toFixed(2)}×`;
  return [
    `\n${FANOUT.name}: one post published through the API, its feed:activity timed at each follower's socket from the request; the stack floor (bare Socket.IO with the API's options, a room per socket) and the raw ws server broadcast the same payload to as many sockets (${FANOUT.rounds} rounds after a warm-up, alternating)`,
    ...lines,
    `The publishing request was answered after ${ms(api.answeredMs)} ms (median).`,
    `${fanoutPassed(result) ? 'PASS' : 'MISS'}: ${api.label} p99 = ${ms(api.p99)} ms (target ≤ ${FANOUT.maxP99Ms} ms), ${times(api, raw)} ${raw.label} (target ≤ ${FANOUT.maxRatio}×), every socket received: ${everyReceived(api)}`,
    `Stack floor (informative, no target): p99 = ${ms(floor.p99)} ms, API/floor = ${times(api, floor)}, floor/${raw.label} = ${times(floor, raw)} (p99), every socket received: ${everyReceived(floor)}`,
  ].join('\n');
}

export function conclusion(
  summaries: readonly ScenarioSummary[],
  fanout?: FanoutComparison,
  search?: SearchComparison,
  signing?: SigningComparison,
): string {
  const missed = summaries.filter((summary) => !summary.passed).map((summary) => summary.scenario.name);
  if (fanout && !fanoutPassed(fanout)) missed.push(FANOUT.name);
  if (search && !search.passed) missed.push(SEARCH_BENCH.name);
  if (signing && !signing.passed) missed.push(PETITION_SIGNING.name);
  return missed.length === 0
    ? `\nPASS: every scenario reached its target.`
    : `\nMISS: ${missed.join(', ')} below target (reported, not a failure of the run).`;
}
