import type { FastifyRequest } from 'fastify';

const ONE_TIME_SECRETS = /([?&](?:token|code)=)[^&#]*/gi;

/**
 * A URL as the log may keep it: the one-time tokens of verification and reset links (the
 * pages `/verify-email?token=…` and `/reset-password?token=…`) are left out, so whoever
 * reads the log cannot use them.
 */
export function loggableUrl(url: string): string {
  return url.includes('?') ? url.replace(ONE_TIME_SECRETS, '$1[redacted]') : url;
}

/** Fastify's own `req` log fields, with the URL made loggable. */
export function requestLogFields(request: FastifyRequest) {
  return {
    method: request.method,
    url: loggableUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
