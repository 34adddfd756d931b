import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { commonErrors } from '../../common/errors/app.exception';

export interface Limit {
  key: string;
  max: number;
  windowSeconds: number;
}

/**
 * Fixed-window counters kept in PostgreSQL, so every API process shares them and no
 * extra store is needed. Used for sign-in and password-reset attempts, sign-ups and the
 * mails they send, new verification links and invitations.
 */
@Injectable()
export class RateLimitService {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts one attempt against each limit; throws 429 with Retry-After when one is exceeded. */
  async consume(...limits: Limit[]): Promise<void> {
    let retryAfter = 0;
    for (const limit of limits) {
      const { hits, secondsLeft } = await this.count(limit);
      if (hits > limit.max) retryAfter = Math.max(retryAfter, secondsLeft);
    }
    if (retryAfter > 0) throw commonErrors.rateLimited(Math.max(1, retryAfter));
  }

  /** Throws 429 with Retry-After when a limit is already used up, without counting this attempt. */
  async check(limit: Limit): Promise<void> {
    const rows: { hits: number; seconds_left: string }[] = await this.dataSource.query(
      `SELECT hits, EXTRACT(EPOCH FROM (window_started_at + make_interval(secs => $2) - now())) AS seconds_left
         FROM rate_limit_buckets
        WHERE key = $1 AND window_started_at > now() - make_interval(secs => $2)`,
      [limit.key, limit.windowSeconds],
    );
    const row = rows[0];
    if (row && row.hits >= limit.max) {
      throw commonErrors.rateLimited(Math.max(1, Math.ceil(Number(row.seconds_left))));
    }
  }

  /**
   * Counts one attempt and says whether it is within the limit, for limits kept without a 429;
   * in the given transaction, when there is one, so a rolled-back attempt counts nothing.
   */
  async allows(limit: Limit, tx?: EntityManager): Promise<boolean> {
    const { hits } = await this.count(limit, tx);
    return hits <= limit.max;
  }

  /** Counts one attempt that failed, for a limit that `check` guards; refuses nothing itself. */
  async record(limit: Limit): Promise<void> {
    await this.count(limit);
  }

  private async count(limit: Limit, tx?: EntityManager): Promise<{ hits: number; secondsLeft: number }> {
    const rows: { hits: number; retry_after: string }[] = await (tx ?? this.dataSource).query(
      `INSERT INTO rate_limit_buckets AS b (key, window_started_at, hits) VALUES ($1, now(), 1)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN b.window_started_at <= now() - make_interval(secs => $2) THEN 1 ELSE b.hits + 1 END,
         window_started_at = CASE WHEN b.window_started_at <= now() - make_interval(secs => $2)
                                  THEN now() ELSE b.window_started_at END
       RETURNING hits, EXTRACT(EPOCH FROM (window_started_at + make_interval(secs => $2) - now())) AS retry_after`,
      [limit.key, limit.windowSeconds],
    );
    const row = rows[0];
    return { hits: row?.hits ?? 0, secondsLeft: Math.ceil(Number(row?.retry_after ?? 0)) };
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
