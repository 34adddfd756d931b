import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { SiteRole } from '@open-spaces/contracts';
import { httpRequest } from '../http/http-request';

/** Who is calling: set by the auth guard from a verified access token and a live session. */
export interface AuthUser {
  id: string;
  role: SiteRole;
  sessionId: string;
  emailVerified: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    user?: AuthUser;
  }
}

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const user = httpRequest(context).user;
  if (!user) throw new Error('CurrentUser used on a route without authentication');
  return user;
});
