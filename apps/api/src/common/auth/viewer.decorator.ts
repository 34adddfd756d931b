import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from './current-user.decorator';

/** On a public route: the signed-in caller, or undefined for an anonymous visitor. */
export const Viewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser | undefined =>
    context.switchToHttp().getRequest<FastifyRequest>().user,
);
