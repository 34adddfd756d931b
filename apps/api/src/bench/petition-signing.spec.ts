import { signingPassed, tallyProblem } from './petition-signing';

describe('the signing tally', () => {
  it('is exact with one signature per signer and a matching count', () => {
    expect(tallyProblem({ stored: 100, rows: 100, distinctSigners: 100 }, 100)).toBeNull();
  });

  it('names a lost signature', () => {
    expect(tallyProblem({ stored: 99, rows: 99, distinctSigners: 99 }, 100)).toBe(
      '99 distinct signers of 100',
    );
  });

  it('names a double signature', () => {
    expect(tallyProblem({ stored: 101, rows: 101, distinctSigners: 100 }, 100)).toBe(
      '101 signatures for 100 signers',
    );
  });

  it('names a stored count that drifted from the rows', () => {
    expect(tallyProblem({ stored: 98, rows: 100, distinctSigners: 100 }, 100)).toBe(
      'a stored count of 98 for 100 signatures',
    );
  });
});

describe('the signing target', () => {
  const result = (p95: number) => ({ label: 'x', requests: 200, p50: p95 / 2, p95, p99: p95 });

  it('is met while the API stays within one and a half times the bare p95', () => {
    expect(signingPassed(result(150), result(100))).toBe(true);
    expect(signingPassed(result(151), result(100))).toBe(false);
  });
});
