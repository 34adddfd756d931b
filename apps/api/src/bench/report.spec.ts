import type { FanoutSummary } from './fanout';
import type { ScenarioSummary, TargetSummary } from './report';
import { fanoutPassed, fanoutTable, scenarioTable } from './report';
import { FANOUT, type Scenario, scenarios } from './scenarios';

const target = (label: string, requestsPerSecond: number, cpuMicrosPerRequest: number): TargetSummary => ({
  label,
  rounds: [requestsPerSecond - 100, requestsPerSecond, requestsPerSecond + 100],
  requestsPerSecond,
  p50: 1.5,
  p95: 3.25,
  p99: 6,
  cpuMicrosPerRequest,
});

function summary(
  api: TargetSummary,
  baseline: TargetSummary,
  change: Partial<Scenario> = {},
): ScenarioSummary {
  const found = scenarios.find((candidate) => candidate.name === 'health-framework');
  if (!found) throw new Error('no health-framework scenario');
  // The report is read for its layout; a fixed target keeps the verdicts below stable.
  const scenario: Scenario = { ...found, targetRatio: 0.7, ...change };
  const ratio = api.requestsPerSecond / baseline.requestsPerSecond;
  return {
    scenario,
    path: '/api/health',
    matchingRows: undefined,
    api,
    baseline,
    ratio,
    passed: ratio >= scenario.targetRatio,
  };
}

describe('scenarioTable', () => {
  it('gives each target its figures, the req/s verdict and the CPU comparison', () => {
    const text = scenarioTable(summary(target('API', 18_000, 40), target('bare', 24_000, 20)));
    expect(text).toContain('GET /api/health');
    expect(text).toMatch(/^API\s+18,000\s+1\.50\s+3\.25\s+6\.00\s+40\.0\s+17\.9k 18\.0k 18\.1k$/m);
    expect(text).toMatch(/^bare\s+24,000\s+1\.50\s+3\.25\s+6\.00\s+20\.0\s+23\.9k 24\.0k 24\.1k$/m);
    expect(text).toContain('PASS: API/bare = 75.0% (target ≥ 70%)');
    expect(text).toContain('CPU per request: API 2.00× bare (bare/API = 50.0%)');
  });

  it('says MISS below the target and leaves the CPU line out where /proc is missing', () => {
    const text = scenarioTable(
      summary(target('API', 12_000, Number.NaN), target('bare', 24_000, Number.NaN)),
    );
    expect(text).toContain('MISS: API/bare = 50.0% (target ≥ 70%)');
    expect(text).toMatch(/^API .* n\/a /m);
    expect(text).not.toContain('CPU per request');
  });

  it('names the server measured in place of the API in the verdict and the CPU comparison', () => {
    const text = scenarioTable(
      summary(target('Nest+headers', 21_000, 30), target('bare', 30_000, 20), {
        subject: { script: 'nest-headers-health-server.js', label: 'Nest+headers' },
      }),
    );
    expect(text).toMatch(/^Nest\+headers\s+21,000\s/m);
    expect(text).toContain('PASS: Nest+headers/bare = 70.0% (target ≥ 70%)');
    expect(text).toContain('CPU per request: Nest+headers 1.50× bare (bare/Nest+headers = 66.7%)');
    expect(text).not.toContain('API');
  });
});

const fanoutTarget = (label: string, p99: number, received = 5_000): FanoutSummary => ({
  label,
  sockets: 5_000,
  received,
  p50: p99 / 2,
  p99,
  max: p99 + 10,
  answeredMs: 20,
});

describe('fanoutTable', () => {
  const api = fanoutTarget('API (Socket.IO)', 120);
  const floor = fanoutTarget('stack floor (Socket.IO)', 100);
  const raw = fanoutTarget('raw ws', 80);

  it('gives the API, the stack floor and the raw server a row each, in that order', () => {
    const text = fanoutTable({ api, floor, raw });
    const rows = text.split('\n').filter((line) => /^(API|stack floor|raw ws) /.test(line));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^API \(Socket\.IO\)\s+5,000\s+5,000\s+60\.00\s+120\.00\s+130\.00$/);
    expect(rows[1]).toMatch(/^stack floor \(Socket\.IO\)\s+5,000\s+5,000\s+50\.00\s+100\.00\s+110\.00$/);
    expect(rows[2]).toMatch(/^raw ws\s+5,000\s+5,000\s+40\.00\s+80\.00\s+90\.00$/);
  });

  it('judges the API against the raw server only, and reports the stack floor beside it', () => {
    const text = fanoutTable({ api, floor, raw });
    expect(text).toContain(
      `PASS: API (Socket.IO) p99 = 120.00 ms (target ≤ ${FANOUT.maxP99Ms} ms), 1.50× raw ws (target ≤ ${FANOUT.maxRatio}×), every socket received: yes`,
    );
    expect(text).toContain(
      'Stack floor (informative, no target): p99 = 100.00 ms, API/floor = 1.20×, floor/raw ws = 1.25× (p99), every socket received: yes',
    );
    expect(text).toContain('The publishing request was answered after 20.00 ms (median).');
  });

  it('does not let the stack floor decide the verdict', () => {
    expect(fanoutPassed({ api, floor: fanoutTarget('floor', 10_000, 0), raw })).toBe(true);
    expect(fanoutPassed({ api, floor: fanoutTarget('floor', 1), raw })).toBe(true);
  });

  it('misses above 1.5× the raw server, above 150 ms, or when a socket missed the broadcast', () => {
    expect(fanoutPassed({ api: fanoutTarget('API', 121), floor, raw })).toBe(false);
    expect(fanoutPassed({ api: fanoutTarget('API', 151), floor, raw: fanoutTarget('raw', 140) })).toBe(false);
    expect(fanoutPassed({ api: fanoutTarget('API', 120, 4_999), floor, raw })).toBe(false);
  });

  it('says which socket counts fell short', () => {
    const text = fanoutTable({ api, floor: fanoutTarget('stack floor (Socket.IO)', 100, 4_990), raw });
    expect(text).toMatch(/^PASS: .*every socket received: yes$/m);
    expect(text).toMatch(/^Stack floor .*every socket received: no$/m);
  });
});
