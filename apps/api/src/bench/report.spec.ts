import type { ScenarioSummary, TargetSummary } from './report';
import { scenarioTable } from './report';
import { type Scenario, scenarios } from './scenarios';

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
