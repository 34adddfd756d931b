import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';

/**
 * The Redis connection live events travel on between API processes. It reconnects by
 * itself, forever, at most five seconds apart; while Redis is away, commands wait for it
 * (up to a few retries, then fail and are logged), and the process keeps answering HTTP
 * and delivering live events to its own sockets. Losing and regaining Redis is logged once
 * each way, not at every retry.
 */
export function connectRedis(url: string, logger = new Logger('Redis')): Redis {
  const redis = new Redis(url, {
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
    maxRetriesPerRequest: 3,
    lazyConnect: false,
  });
  let lost = false;
  redis.on('ready', () => {
    if (lost) logger.log('Redis is back; live events reach every API process again');
    lost = false;
  });
  redis.on('error', (error: Error) => {
    if (lost) return;
    lost = true;
    logger.warn(
      `Redis unavailable (${error.message}); live events reach this process's sockets only until it returns`,
    );
  });
  return redis;
}
