import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { commonErrors } from '../../common/errors/app.exception';

export interface Limit {
  key: string;
  max: number;
  windowSeconds: number;
}

/**
 * Fixed-window counters kept in PostgreSQL, so every API process shares them and no
 * extra store is needed. Used for sign-in and password-reset attempts, sign-ups, new
 * verification links and invitations.
 */
@Injectable()
export class RateLimitService {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts one attempt against each limit; throws 429 with Retry-After when one is exceeded. */
  async consume(...limits: Limit[]): Promise<void> {
    let retryAfter = 0;
    for (const limit of limits) {
      const rows: { hits: number; retry_after: string }[] = await this.dataSource.query(
        `INSERT INTO rate_limit_buckets AS b (key, window_started_at, hits) VALUES ($1, now(), 1)
         ON CONFLICT (key) DO UPDATE SET
           hits = CASE WHEN b.window_started_at <= now() - make_interval(secs => $2) THEN 1 ELSE b.hits + 1 END,
           window_started_at = CASE WHEN b.window_started_at <= now() - make_interval(secs => $2)
                                    THEN now() ELSE b.window_started_at END
         RETURNING hits, EXTRACT(EPOCH FROM (window_started_at + make_interval(secs => $2) - now())) AS retry_after`,
        [limit.key, limit.windowSeconds],
      );
      const row = rows[0];
      if (row && row.hits > limit.max) retryAfter = Math.max(retryAfter, Math.ceil(Number(row.retry_after)));
    }
    if (retryAfter > 0) throw commonErrors.rateLimited(Math.max(1, retryAfter));
  }

  /** Gives back one attempt counted against a limit (one that turned out not to be a guess). */
  async refund(key: string): Promise<void> {
    await this.dataSource.query('UPDATE rate_limit_buckets SET hits = GREATEST(hits - 1, 0) WHERE key = $1', [
      key,
    ]);
  }

  async reset(key: string): Promise<void> {
    await this.dataSource.query('DELETE FROM rate_limit_buckets WHERE key = $1', [key]);
  }

  /** Drops windows that ended long ago; called periodically. */
  async prune(): Promise<void> {
    await this.dataSource.query(
      "DELETE FROM rate_limit_buckets WHERE window_started_at < now() - interval '1 day'",
    );
  }
}
