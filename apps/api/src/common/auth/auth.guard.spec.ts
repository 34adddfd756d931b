import { type ExecutionContext, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host.js';
import type { FastifyRequest } from 'fastify';
import { AppException } from '../errors/app.exception';
import { type Authenticator, AuthGuard } from './auth.guard';
import type { AuthUser } from './current-user.decorator';
import { IS_PUBLIC, Public } from './public.decorator';
import { RequireVerifiedEmail } from './verified.decorator';

class Routes {
  open() {}
  normal() {}
  publish() {}
}
Public()(
  Routes.prototype,
  'open',
  Object.getOwnPropertyDescriptor(Routes.prototype, 'open') as PropertyDescriptor,
);
RequireVerifiedEmail()(
  Routes.prototype,
  'publish',
  Object.getOwnPropertyDescriptor(Routes.prototype, 'publish') as PropertyDescriptor,
);

/** One handler inherited by two controllers, one of them public as a whole. */
class SharedRoutes {
  list() {}
}
class OpenSharedRoutes extends SharedRoutes {}
class ClosedSharedRoutes extends SharedRoutes {}
SetMetadata(IS_PUBLIC, true)(OpenSharedRoutes);

const verified: AuthUser = { id: 'u1', role: 'member', sessionId: 's1', emailVerified: true };
const unverified: AuthUser = { ...verified, emailVerified: false };

function contextFor(route: keyof Routes, authorization?: string) {
  const request = { headers: authorization ? { authorization } : {} } as FastifyRequest;
  // The context Nest itself builds for a route: arguments (request, reply, next), class, handler.
  const context: ExecutionContext = new ExecutionContextHost(
    [request, {}, () => {}],
    Routes,
    Routes.prototype[route],
  );
  return { context, request };
}

function guardFor(user: AuthUser | null) {
  const authenticator: Authenticator = { authenticate: async (token) => (token === 'good' ? user : null) };
  return new AuthGuard(new Reflector(), authenticator);
}

/** What the guard decides, whether it throws at once (no token) or after authenticating. */
async function refusal(check: () => unknown): Promise<string> {
  try {
    await check();
  } catch (error) {
    if (error instanceof AppException) return error.code;
    throw error;
  }
  return 'allowed';
}

describe('AuthGuard', () => {
  it('refuses a route without a token', async () => {
    expect(await refusal(() => guardFor(verified).canActivate(contextFor('normal').context))).toBe(
      'unauthenticated',
    );
  });

  it('refuses a token the authenticator does not accept', async () => {
    expect(
      await refusal(() => guardFor(verified).canActivate(contextFor('normal', 'Bearer bad').context)),
    ).toBe('unauthenticated');
  });

  it('refuses a scheme other than Bearer', async () => {
    expect(
      await refusal(() => guardFor(verified).canActivate(contextFor('normal', 'Basic good').context)),
    ).toBe('unauthenticated');
  });

  it('lets a signed-in user through and records who it is', async () => {
    const { context, request } = contextFor('normal', 'Bearer good');
    expect(await guardFor(verified).canActivate(context)).toBe(true);
    expect(request.user).toEqual(verified);
  });

  it('lets anyone call a public route, and still identifies a signed-in caller', async () => {
    expect(await guardFor(verified).canActivate(contextFor('open').context)).toBe(true);
    const { context, request } = contextFor('open', 'Bearer good');
    expect(await guardFor(verified).canActivate(context)).toBe(true);
    expect(request.user?.id).toBe('u1');
  });

  it('decides a request without a token at once, without waiting for a promise', () => {
    expect(guardFor(verified).canActivate(contextFor('open').context)).toBe(true);
    expect(() => guardFor(verified).canActivate(contextFor('normal').context)).toThrow(AppException);
  });

  it('lets a public route through with a token it does not accept, as an anonymous caller', async () => {
    const { context, request } = contextFor('open', 'Bearer bad');
    expect(await guardFor(verified).canActivate(context)).toBe(true);
    expect(request.user).toBeUndefined();
  });

  it('refuses an unverified account on a route that publishes or contacts', async () => {
    expect(
      await refusal(() => guardFor(unverified).canActivate(contextFor('publish', 'Bearer good').context)),
    ).toBe('email_not_verified');
  });

  it('lets a verified account publish, and an unverified one use ordinary routes', async () => {
    expect(await guardFor(verified).canActivate(contextFor('publish', 'Bearer good').context)).toBe(true);
    expect(await guardFor(unverified).canActivate(contextFor('normal', 'Bearer good').context)).toBe(true);
  });

  it('reads a shared handler as public or not by the controller it is called on, every time', () => {
    const guard = guardFor(verified);
    const call = (controller: typeof SharedRoutes) => () =>
      guard.canActivate(
        new ExecutionContextHost([{ headers: {} }, {}, () => {}], controller, SharedRoutes.prototype.list),
      );
    for (let i = 0; i < 2; i++) {
      expect(call(OpenSharedRoutes)()).toBe(true);
      expect(call(ClosedSharedRoutes)).toThrow(AppException);
    }
  });
});
