import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { AppException, commonErrors } from '../errors/app.exception';
import { httpRequest } from '../http/http-request';
import type { AuthUser } from './current-user.decorator';
import { IS_PUBLIC } from './public.decorator';
import { REQUIRES_VERIFIED_EMAIL } from './verified.decorator';

export const AUTHENTICATOR = Symbol('AUTHENTICATOR');

/** What a route's decorators say about who may call it. */
interface RouteAccess {
  isPublic: boolean;
  requiresVerifiedEmail: boolean;
}

/** Resolves a bearer access token to a user with a live session, or null. */
export interface Authenticator {
  authenticate(accessToken: string): Promise<AuthUser | null>;
}

/**
 * Deny by default: every route needs a valid access token of a live session unless it
 * is marked `@Public()`. On a public route a valid token still identifies the caller.
 * Routes marked `@RequireVerifiedEmail()` also need a confirmed email address.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  /**
   * Decorators are fixed once the app is built, so each route's access is read once, by
   * controller class and then handler (a handler may be inherited by several classes).
   */
  private readonly routes = new WeakMap<object, WeakMap<object, RouteAccess>>();

  constructor(
    private readonly reflector: Reflector,
    @Inject(AUTHENTICATOR) private readonly authenticator: Authenticator,
  ) {}

  /**
   * Synchronous when the request carries no token (public pages, the health checks): an
   * async guard would cost every such request a promise and two more microtask turns.
   */
  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const { isPublic, requiresVerifiedEmail } = this.accessOf(context);
    const request = httpRequest(context);
    const token = bearerToken(request);
    if (!token) {
      if (isPublic) return true;
      throw commonErrors.unauthenticated();
    }
    return this.authenticator.authenticate(token).then((user) => {
      if (user) request.user = user;
      if (isPublic) return true;
      if (!user) throw commonErrors.unauthenticated();
      if (!user.emailVerified && requiresVerifiedEmail) {
        throw new AppException(
          403,
          'email_not_verified',
          'Confirm your email address first; we sent you a link.',
        );
      }
      return true;
    });
  }

  private accessOf(context: ExecutionContext): RouteAccess {
    const controller = context.getClass();
    const handler = context.getHandler();
    let handlers = this.routes.get(controller);
    if (!handlers) {
      handlers = new WeakMap();
      this.routes.set(controller, handlers);
    }
    let access = handlers.get(handler);
    if (!access) {
      const targets = [handler, controller];
      access = {
        isPublic: this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) === true,
        requiresVerifiedEmail:
          this.reflector.getAllAndOverride<boolean>(REQUIRES_VERIFIED_EMAIL, targets) === true,
      };
      handlers.set(handler, access);
    }
    return access;
  }
}

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const [scheme, token] = header.split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token : null;
}
