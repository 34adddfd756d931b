import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { httpRequest } from '../http/http-request';
import type { AuthUser } from './current-user.decorator';

/** On a public route: the signed-in caller, or undefined for an anonymous visitor. */
export const Viewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser | undefined => httpRequest(context).user,
);
