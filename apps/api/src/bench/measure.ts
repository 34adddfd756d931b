import autocannon from 'autocannon';
import { LatencyRecorder } from './stats';

export interface RoundResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** Responses that were not 2xx. */
  non2xx: number;
  /** Server CPU time per response in µs, when the platform reports it. */
  cpuMicrosPerRequest: number;
  /** Responses received. */
  requests: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  durationSeconds: number;
  /** Sent with every request (a signed-in scenario's authorization). */
  headers?: Record<string, string>;
}

/** A load run that can be stopped early (Ctrl-C). */
export interface RunningLoad {
  result: Promise<RoundResult>;
  stop(): void;
}

/** Puts `connections` keep-alive connections on one URL for a fixed time and summarises what came back. */
export function runLoad(options: LoadOptions): RunningLoad {
  const latencies = new LatencyRecorder();
  let instance: autocannon.Instance | undefined;
  const result = new Promise<RoundResult>((resolve, reject) => {
    instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.durationSeconds,
        headers: options.headers,
      },
      (error, summary) => {
        if (error) {
          reject(error);
          return;
        }
        resolve({
          requestsPerSecond: summary.requests.total / summary.duration,
          p50: latencies.percentile(0.5),
          p95: latencies.percentile(0.95),
          p99: latencies.percentile(0.99),
          errors: summary.errors + summary.timeouts,
          non2xx: summary.non2xx,
          cpuMicrosPerRequest: Number.NaN,
          requests: summary.requests.total,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.record(responseTime));
  });
  return { result, stop: () => instance?.stop() };
}
