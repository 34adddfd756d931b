import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
  NotFoundException,
} from '@nestjs/common';
import type { ErrorCode, FieldError } from '@open-spaces/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodValidationException } from 'nestjs-zod';
import type { z } from 'zod';
import { RouteMethods } from '../http/route-methods';
import { loggableUrl } from '../logging/loggable-url';
import { AppException } from './app.exception';
import { isDatabaseUnavailable } from './database-errors';
import { INTERNAL_ERROR, PROBLEM_CONTENT_TYPE, problem } from './problem';

interface Mapped {
  status: number;
  code: ErrorCode;
  detail: string;
  errors?: FieldError[];
  retryAfterSeconds?: number;
}

/**
 * Turns every error into RFC 9457 problem+json with a stable code. Unknown errors are
 * logged with their stack and answered with a generic 500: no stack leaves the server.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly routeMethods: RouteMethods) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    // No route matched: when the path has routes under other methods, say which.
    const allow =
      request.is404 && exception instanceof NotFoundException
        ? this.routeMethods.allowAt(request.method, request.url)
        : undefined;
    if (allow !== undefined) {
      reply.header('allow', allow);
      if (request.method === 'OPTIONS') {
        reply.status(204).send();
        return;
      }
    }
    const mapped = allow !== undefined ? methodNotAllowed(request, allow) : this.map(exception, request);
    if (mapped.status >= 500 && mapped.code === 'internal_error') {
      this.logger.error(
        `${request.method} ${loggableUrl(request.url)} failed [${request.id}]`,
        (exception as Error)?.stack,
      );
    } else if (mapped.code === 'service_unavailable') {
      this.logger.warn(`${request.method} ${loggableUrl(request.url)}: database unavailable [${request.id}]`);
    }
    if (mapped.retryAfterSeconds !== undefined) reply.header('retry-after', String(mapped.retryAfterSeconds));
    reply
      .status(mapped.status)
      .type(PROBLEM_CONTENT_TYPE)
      .send(
        problem({
          status: mapped.status,
          code: mapped.code,
          detail: mapped.detail,
          instance: request.url.split('?')[0],
          requestId: String(request.id),
          errors: mapped.errors,
        }),
      );
  }

  private map(exception: unknown, request: FastifyRequest): Mapped {
    if (exception instanceof AppException) {
      return { status: exception.status, code: exception.code, detail: exception.detail, ...exception.extra };
    }
    if (exception instanceof ZodValidationException) {
      const errors = fieldErrors(exception.getZodError() as z.ZodError);
      return {
        status: 400,
        code: 'validation_failed',
        detail: `The request is not valid: ${errors.map((error) => error.field || 'body').join(', ')}.`,
        errors,
      };
    }
    if (exception instanceof HttpException) return fromHttpException(exception, request);
    const fastifyError = exception as { statusCode?: number; code?: string };
    if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return { status: 413, code: 'payload_too_large', detail: 'The request body is too large.' };
    }
    if (fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return { status: 415, code: 'unsupported_media_type', detail: 'Send the body as application/json.' };
    }
    if (fastifyError.statusCode === 400 || exception instanceof SyntaxError) {
      return { status: 400, code: 'malformed_json', detail: 'The request body is not valid JSON.' };
    }
    if (isDatabaseUnavailable(exception)) {
      return {
        status: 503,
        code: 'service_unavailable',
        detail: 'The service is briefly unavailable. Please try again shortly.',
        retryAfterSeconds: 5,
      };
    }
    return INTERNAL_ERROR;
  }
}

function methodNotAllowed(request: FastifyRequest, allow: string): Mapped {
  return {
    status: 405,
    code: 'method_not_allowed',
    detail: `${request.method} is not allowed at ${request.url.split('?')[0]}; it allows ${allow}.`,
  };
}

function fromHttpException(exception: HttpException, request: FastifyRequest): Mapped {
  const status = exception.getStatus();
  switch (status) {
    case 404:
      return {
        status,
        code: 'not_found',
        detail: `There is nothing at ${request.method} ${request.url.split('?')[0]}.`,
      };
    case 405:
      return { status, code: 'method_not_allowed', detail: 'This method is not allowed here.' };
    case 413:
      return { status, code: 'payload_too_large', detail: 'The request body is too large.' };
    case 415:
      return { status, code: 'unsupported_media_type', detail: 'Send the body as application/json.' };
    case 401:
      return { status, code: 'unauthenticated', detail: 'Sign in to continue.' };
    case 403:
      return { status, code: 'forbidden', detail: 'You are not allowed to do this.' };
    case 400:
      return { status, code: 'malformed_json', detail: 'The request body is not valid JSON.' };
    default:
      return status >= 500
        ? INTERNAL_ERROR
        : { status, code: 'validation_failed', detail: exception.message };
  }
}

/** One entry per field, its first issue: a field that is wrong in two ways is fixed once. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  const byField = new Map<string, FieldError>();
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.');
    if (!byField.has(field)) byField.set(field, { field, message: issue.message, code: issue.code });
  }
  return [...byField.values()];
}
