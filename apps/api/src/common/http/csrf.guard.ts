import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { AppException } from '../errors/app.exception';
import { httpRequest } from './http-request';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const SESSION_COOKIE = 'os_refresh';

/**
 * Cookie-authenticated writes (refresh, logout) must come from our own pages: the
 * browser's Origin must be ours or allow-listed, and a cross-site fetch is refused.
 * Bearer-token requests carry no ambient credential and are not affected.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const request = httpRequest(context);
    if (SAFE_METHODS.has(request.method) || !request.cookies?.[SESSION_COOKIE]) return true;
    const origin = request.headers.origin;
    if (origin) {
      if (this.config.corsOrigins.includes(origin) || sameHost(origin, request.headers.host)) return true;
      throw csrfRejected();
    }
    if (request.headers['sec-fetch-site'] === 'cross-site') throw csrfRejected();
    return true;
  }
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

function csrfRejected() {
  return new AppException(
    403,
    'csrf_rejected',
    'This request did not come from Open Spaces and was refused.',
  );
}
