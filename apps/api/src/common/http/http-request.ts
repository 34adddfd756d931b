import type { ArgumentsHost } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/**
 * The Fastify request of an HTTP call, read from Nest's argument list (request,
 * reply, next). `switchToHttp().getRequest()` gives the same object, but builds and
 * assigns three closures onto the context each time, on every request for every guard.
 */
export function httpRequest(context: ArgumentsHost): FastifyRequest {
  return context.getArgByIndex<FastifyRequest>(0);
}
