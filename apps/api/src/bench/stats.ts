/** Bucket width of the latency recorder: 10 µs is far finer than the noise on a shared machine. */
const BUCKETS_PER_MS = 100;
/** Latencies at or above 10 s land in the last bucket; autocannon times out before that. */
const MAX_MS = 10_000;

/**
 * Records every response time into fixed buckets, so recording costs the load generator
 * the same constant time per response for every target, and any percentile can be read.
 * (autocannon's own summary has no p95.)
 */
export class LatencyRecorder {
  private readonly buckets = new Uint32Array(MAX_MS * BUCKETS_PER_MS);
  private count = 0;

  record(milliseconds: number): void {
    const bucket = Math.min(Math.floor(milliseconds * BUCKETS_PER_MS), this.buckets.length - 1);
    this.buckets[bucket] = (this.buckets[bucket] ?? 0) + 1;
    this.count += 1;
  }

  /** The latency in ms below which `fraction` of the responses fell (upper edge of its bucket). */
  percentile(fraction: number): number {
    if (this.count === 0) return Number.NaN;
    const rank = Math.ceil(fraction * this.count);
    let seen = 0;
    for (let bucket = 0; bucket < this.buckets.length; bucket += 1) {
      seen += this.buckets[bucket] ?? 0;
      if (seen >= rank) return (bucket + 1) / BUCKETS_PER_MS;
    }
    return MAX_MS;
  }
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}
